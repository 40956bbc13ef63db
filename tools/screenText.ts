/**
 * What an APL document of the skill shows, as text lines: the static texts row by row, then
 * for an exercise every change of phase with its time from the start of the speech, e.g.
 * "12.4 s  3 van 6  Vasthouden  nog 10 s". Used by the simulator (--screen) and the tests.
 */
type Node = { type?: string; id?: string; text?: string; direction?: string; item?: Node; items?: Node[] };
type Command = { type: string; componentId?: string; value?: unknown; delay?: number; duration?: number; commands?: Command[] };

export interface ScreenEvent {
  readonly atMs: number;
  readonly id: string;
  readonly value: string;
}

function children(node: Node): Node[] {
  return [...(node.item ? [node.item] : []), ...(node.items ?? [])];
}

function texts(node: Node): string[] {
  if (node.type === 'Text') return node.text ? [node.text] : [];
  return children(node).flatMap(texts);
}

/** Lines of static text: a row container becomes one line, its columns side by side. */
function staticLines(node: Node): string[] {
  if (node.type === 'Text') return node.text ? [node.text] : [];
  if (node.direction === 'row') return [children(node).map((c) => texts(c).join(' ')).filter(Boolean).join('  ')];
  return children(node).flatMap(staticLines);
}

/** Plays the commands on a clock: returns when each SetValue happens and when it all ends. */
export function playCommands(commands: readonly Command[], startMs = 0, events: ScreenEvent[] = []): { endMs: number; events: ScreenEvent[] } {
  let now = startMs;
  for (const command of commands) now = play(command, now, events);
  return { endMs: now, events };
}

function play(command: Command, startMs: number, events: ScreenEvent[]): number {
  const at = startMs + (command.delay ?? 0);
  switch (command.type) {
    case 'SetValue':
      events.push({ atMs: at, id: command.componentId ?? '', value: String(command.value) });
      return at;
    case 'AnimateItem':
      return at + (command.duration ?? 0);
    case 'Idle':
      return at;
    case 'Sequential':
      return playCommands(command.commands ?? [], at, events).endMs;
    case 'Parallel':
      return Math.max(at, ...(command.commands ?? []).map((c) => play(c, at, events)));
    default:
      throw new Error(`unknown APL command ${command.type}`);
  }
}

export function screenLines(directive: unknown): string[] {
  const d = directive as { document?: { mainTemplate?: { item?: Node }; onMount?: Command[] } };
  const root = d.document?.mainTemplate?.item ?? {};
  if (!d.document?.onMount) return staticLines(root);
  const [title] = staticLines(root);
  const { events } = playCommands(d.document.onMount);
  const state: Record<string, string> = {};
  const lines = [title];
  events.forEach((event, i) => {
    state[event.id] = event.value;
    const next = events[i + 1];
    const lastAtThisMoment = !next || next.atMs !== event.atMs;
    const phaseNow = events.some((e) => e.atMs === event.atMs && e.id === 'phase' && e.value !== '');
    if (lastAtThisMoment && phaseNow) {
      lines.push(`${(event.atMs / 1000).toFixed(1)} s  ${[state.counter, state.phase, state.seconds].filter(Boolean).join('  ')}`);
    }
  });
  return lines;
}
