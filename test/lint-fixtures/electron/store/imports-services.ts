export { defaultNotebookPath } from '../services/notebook-location.ts'; // error: casebook/layer-imports
