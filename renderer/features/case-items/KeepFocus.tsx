import { Component } from 'react';
import type { ReactNode } from 'react';

interface KeepFocusProps {
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * Keeps the focused field focused when a re-render moves its row (a list re-sorted after a date was
 * committed): moving a node in the DOM drops its focus, which would throw the person out of the field.
 * A class because only getSnapshotBeforeUpdate runs before React touches the DOM.
 */
export class KeepFocus extends Component<KeepFocusProps> {
  private container: HTMLDivElement | null = null;

  override getSnapshotBeforeUpdate(): HTMLElement | null {
    const active = document.activeElement;
    return active instanceof HTMLElement && this.container?.contains(active) ? active : null;
  }

  override componentDidUpdate(_props: KeepFocusProps, _state: unknown, focused: HTMLElement | null): void {
    if (!focused || !focused.isConnected || document.activeElement === focused) return;
    if (document.activeElement === null || document.activeElement === document.body) focused.focus();
  }

  override render() {
    return (
      <div
        ref={(element) => {
          this.container = element;
        }}
        className={this.props.className}
      >
        {this.props.children}
      </div>
    );
  }
}
