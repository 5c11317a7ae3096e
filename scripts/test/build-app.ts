// The production build the end-to-end tests serve, made as a stage of its own so its minutes and any build error are
// reported apart from the tests' (the web server then finds it up to date).
import { buildIfNeeded } from "../start/build-if-needed";

buildIfNeeded((message) => console.log(`[actlas] ${message}`));
