import core from "./core.json";
import admin from "./admin.json";
import forms from "./forms.json";
import datalayer from "./datalayer.json";
import systems from "./systems.json";
import work from "./work.json";
import settings from "./settings.json";
import mail from "./mail.json";
import documents from "./documents.json";
import governance from "./governance.json";
import validation from "./validation.json";
import questionnaire from "./questionnaire.json";
import classification from "./classification.json";
import results from "./results.json";
import reports from "./reports.json";
import records from "./records.json";
import registers from "./registers.json";
import deployerPack from "./deployer-pack.json";

// One file per area of the product, so each area's messages change without touching the others' (docs/translating.md).
const messages = {
  ...core,
  ...admin,
  ...forms,
  ...datalayer,
  ...systems,
  ...work,
  ...settings,
  ...mail,
  ...documents,
  ...governance,
  ...validation,
  ...questionnaire,
  ...classification,
  ...results,
  ...reports,
  ...records,
  ...registers,
  ...deployerPack,
};
export default messages;
