import { Component, type ReactNode } from 'react';

/** Catches a rendering error so one broken screen says what happened instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};

  static getDerivedStateFromError(error: unknown): { message: string } {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render(): ReactNode {
    if (this.state.message === undefined) return this.props.children;
    return (
      <div className="banner banner-error" role="alert">
        <p>
          <strong>Something went wrong on this screen.</strong> Your saved sessions are not affected.
        </p>
        <p className="muted">{this.state.message}</p>
        <button type="button" onClick={() => this.setState({ message: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
