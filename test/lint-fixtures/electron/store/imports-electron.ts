import { app } from 'electron'; // error: casebook/layer-imports

export const userData = app.getPath('userData');
