import '../main/app-protocol.ts'; // error: casebook/layer-imports
import '../preload/index.ts'; // error: casebook/layer-imports
