import electron from 'electron'; // error: casebook/layer-imports

export const version = electron.app.getVersion();
