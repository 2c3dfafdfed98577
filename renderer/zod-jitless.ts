import { config } from 'zod';

// zod probes for `new Function` support (to compile fast parsers) while schemas are being defined; the
// window's CSP forbids eval, so the probe would be reported as a violation on every start. This module
// is main.tsx's first import so the setting is in place before any schema exists.
config({ jitless: true });
