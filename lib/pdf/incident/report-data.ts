// Everything the authority's incident report shows, read in one go by the DAL so the renderer needs no database.
export type IncidentReportData = {
  generatedAt: string;
  organization: { name: string };
  system: {
    name: string;
    description: string;
    intendedPurpose: string;
    tier: string | null;
    roles: string[];
    memberStates: string[];
    vendor: string;
  };
  incident: {
    reference: string;
    title: string;
    status: string;
    harm: string | null;
    description: string;
    affectedPersons: string;
    correctiveActions: string;
    memberState: string;
    authority: string;
    occurredAt: string | null;
    awareAt: string | null;
    initialReportAt: string | null;
    completeReportAt: string | null;
    createdByName: string | null;
  };
};
