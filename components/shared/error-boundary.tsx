/**
 * One boundary per surface or panel: a part that fails shows a short line where it was, and
 * the rest of the sidebar, popup or options page keeps working. The log names the part and the
 * error's kind, never its message (it may quote mail).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Which part this is, for the log ("sidebar summary", "options backup"). */
  name: string;
  /** The short line shown instead of the part, in the person's language. */
  fallback: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    const kind = error instanceof Error ? error.name : typeof error;
    console.warn(`[unghost] ${this.props.name} failed (${kind}); the rest keeps working`);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p
        role="alert"
        data-testid="part-failed"
        className="rounded-lg bg-red-50 dark:bg-red-950 p-2 text-sm text-red-900 dark:text-red-200"
      >
        {this.props.fallback}
      </p>
    );
  }
}
