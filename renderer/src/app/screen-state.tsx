/**
 * What the window knows about its screens that a screen needs: whether it is the one shown (screens
 * stay mounted, so a hidden one must let go of the microphone), and whether any screen has the
 * microphone live (the header says so, wherever the user is).
 */
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';

const Shown = createContext(true);
/** A request to open one session's replay in Review; `serial` tells two requests for the same session apart. */
export interface ReplayRequest {
  sessionId: string;
  /** The retry to show first; the main line when absent. */
  branchId?: string;
  serial: number;
}

const Navigate = createContext<(screen: string, replay?: string, branchId?: string) => void>(() => undefined);
const Replay = createContext<ReplayRequest | undefined>(undefined);
const Mic = createContext<{ users: ReadonlySet<string>; set(id: string, isLive: boolean): void }>({ users: new Set(), set: () => undefined });

/** Marks its children as the shown screen (or a hidden one). */
export const ScreenShown = Shown.Provider;

/** Lets screens send the user to another screen (App provides it). */
export const ScreenNavigation = Navigate.Provider;

/** Switches to another screen by id ('practice', 'review', 'progress', 'settings'); for Review, optionally opening a session's replay (on one of its retries). */
export function useGoTo(): (screen: string, replaySessionId?: string, branchId?: string) => void {
  return useContext(Navigate);
}

/** Provides the latest request to open a replay (App owns it). */
export const ReplayRequests = Replay.Provider;

/** The latest request to open a session's replay, for Review. */
export function useReplayRequest(): ReplayRequest | undefined {
  return useContext(Replay);
}

/** True while the screen around the caller is the one on display. */
export function useIsScreenShown(): boolean {
  return useContext(Shown);
}

/** Tracks which components have the microphone open. */
export function MicActivityProvider({ children }: { children: ReactNode }) {
  const [users, setUsers] = useState<ReadonlySet<string>>(new Set());
  const set = useCallback((id: string, isLive: boolean) => {
    setUsers((current) => {
      if (current.has(id) === isLive) return current;
      const next = new Set(current);
      if (isLive) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ users, set }), [users, set]);
  return <Mic.Provider value={value}>{children}</Mic.Provider>;
}

/** Reports the caller's microphone as live or not (and not, once it unmounts). */
export function useReportMic(isLive: boolean): void {
  const id = useId();
  const { set } = useContext(Mic);
  useEffect(() => {
    set(id, isLive);
    return () => set(id, false);
  }, [id, isLive, set]);
}

/** True while any part of the window has the microphone open. */
export function useIsMicLive(): boolean {
  return useContext(Mic).users.size > 0;
}
