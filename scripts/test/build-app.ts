// The production build the end-to-end shards serve, made once before they start: two shards finding no build would
// each start one into the same folder.
import { buildIfNeeded } from "../start/build-if-needed";

buildIfNeeded((message) => console.log(`[actlas] ${message}`));
