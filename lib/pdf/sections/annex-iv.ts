import { gapBox, paragraph, startSection, type Ctx } from "../context";
import { COLORS } from "../theme";

// The nine sections of Annex IV (technical documentation under Art 11(1)), with what each must contain.
export const ANNEX_IV_SECTIONS: { title: string; contents: string }[] = [
  { title: "General description of the AI system", contents: "Intended purpose, provider and version; interaction with other hardware, software or AI systems; software versions; forms of placing on the market; target hardware; deployer interface; instructions for use." },
  { title: "Elements of the system and its development", contents: "Development methods and steps; design specifications and key choices; architecture and compute; data requirements and datasheets; human-oversight assessment (Art 14); predetermined changes; validation and testing with dated and signed test logs; cybersecurity measures." },
  { title: "Monitoring, functioning and control", contents: "Capabilities and limits of performance, including accuracy for specific persons or groups; foreseeable unintended outcomes and risks; human-oversight measures; input-data specifications." },
  { title: "Appropriateness of the performance metrics", contents: "Why the chosen performance metrics suit this system." },
  { title: "Risk management system (Art 9)", contents: "Detailed description of the risk management system." },
  { title: "Lifecycle changes", contents: "Relevant changes made by the provider over the system's lifecycle." },
  { title: "Harmonised standards applied", contents: "Standards applied with their Official Journal references; otherwise the solutions and other standards or specifications used." },
  { title: "EU declaration of conformity (Art 47)", contents: "A copy of the declaration of conformity." },
  { title: "Post-market monitoring (Art 72)", contents: "The system for evaluating performance after placing on the market, including the post-market monitoring plan." },
];

// Only printed where the law asks for it (provider of a high-risk system); every section is a marked gap until the
// Annex IV editor stores it.
export function drawAnnexIv(ctx: Ctx): void {
  startSection(ctx, "Annex IV technical documentation");
  paragraph(ctx, "As provider of a high-risk AI system, the organisation must draw up this documentation before the system is placed on the market or put into service, and keep it up to date (Art 11(1)).", { color: COLORS.muted });
  ANNEX_IV_SECTIONS.forEach((section, i) => {
    gapBox(ctx, `Section ${i + 1}. ${section.title}: not recorded yet`, `Required content: ${section.contents}`);
  });
}
