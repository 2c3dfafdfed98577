import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/app/App.tsx';
import { clearEditHistory } from '../../../renderer/edit-history.ts';
import { installServiceBridge } from '../service-bridge.ts';
import type { ServiceBridge } from '../service-bridge.ts';

/** The whole window on a real temporary notebook; `prepare` fills the notebook first. */
export function renderShell(
  prepare?: (bridge: ServiceBridge) => { openCase?: string } | void,
  bridgeOptions: Parameters<typeof installServiceBridge>[0] = {},
) {
  const bridge = installServiceBridge(bridgeOptions);
  clearEditHistory();
  const options = prepare?.(bridge) ?? {};
  if (options.openCase) window.localStorage.setItem('casebook.lastCase', options.openCase);
  const user = userEvent.setup();
  const view = render(<App />);
  return { bridge, notebook: bridge.notebook, user, view };
}
