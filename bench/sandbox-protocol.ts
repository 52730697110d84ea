/** Messages between the bench and its sandbox child process. */
export type ChildRequest = { id: number } & (
  | { op: 'start'; clockMs: number }
  | { op: 'seed'; carrier: string; numbers: string[] }
  | { op: 'advance'; clockMs: number; carrier: string; numbers: string[]; status: string }
  | { op: 'calls' }
  | { op: 'reset-calls' }
  | { op: 'close' }
);

export type ChildReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type ChildCommand = WithoutId<ChildRequest>;
