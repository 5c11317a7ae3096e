import type { ValidationCatalogue } from "./types";

// The deployer pack's refusals the other catalogues lack: publishing for a system the organisation does not provide
// (an action's error), and what a customer's link answers from the public PDF and file routes. The pages word these
// from messages by code (DeployerPackPage, PublicPack); the same sentences here keep the two in step.
export const DEPLOYER_PACK_MESSAGES_DE: ValidationCatalogue = {
  "Deployer packs are for systems your organisation provides. Its classification does not name you as the provider of this system.":
    "Betreiberpakete gibt es für Systeme, die Ihre Organisation anbietet. Laut Einstufung sind Sie nicht der Anbieter dieses Systems.",
  "This link does not open a deployer pack. It may have expired or been withdrawn: ask the provider for a new one.":
    "Dieser Link öffnet kein Betreiberpaket. Er ist vielleicht abgelaufen oder wurde zurückgezogen: Bitten Sie den Anbieter um einen neuen.",
  "Too many requests for this link. Please try again in an hour.":
    "Zu viele Anfragen für diesen Link. Bitte versuchen Sie es in einer Stunde erneut.",
};

export const DEPLOYER_PACK_MESSAGES_FR: ValidationCatalogue = {
  "Deployer packs are for systems your organisation provides. Its classification does not name you as the provider of this system.":
    "Les dossiers déployeur concernent les systèmes que votre organisation fournit. Sa classification ne vous désigne pas comme fournisseur de ce système.",
  "This link does not open a deployer pack. It may have expired or been withdrawn: ask the provider for a new one.":
    "Ce lien n'ouvre aucun dossier déployeur. Il a peut-être expiré ou été retiré : demandez-en un nouveau au fournisseur.",
  "Too many requests for this link. Please try again in an hour.":
    "Trop de demandes pour ce lien. Veuillez réessayer dans une heure.",
};
