/**
 * What an APL document of the skill shows, as text lines: the static texts row by row, then
 * for an exercise every change of phase with its time from the start of the speech, e.g.
 * "12.4 s  3 van 6  Vasthouden  nog 10 s". Used by the simulator (--screen) and the tests.
 */
type Node = { type?: string; id?: string; text?: string; direction?: string; item?: Node; items?: Node[] };
export type Command = { type: string; componentId?: string; value?: unknown; delay?: number; duration?: number; commands?: Command[] };

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
  if (node.direction === 'row')
    return [
      children(node)
        .map((c) => texts(c).join(' '))
        .filter(Boolean)
        .join('  '),
    ];
  return children(node).flatMap(staticLines);
}

/** A document's own commands (APL 1.1 user-defined commands): parameters and what they run. */
export type Defined = Record<string, { parameters: string[]; commands: Command[] }>;

/** Plays the commands on a clock: returns when each SetValue happens and when it all ends. */
export function playCommands(
  commands: readonly Command[],
  defined: Defined = {},
  startMs = 0,
  events: ScreenEvent[] = [],
): { endMs: number; events: ScreenEvent[] } {
  let now = startMs;
  for (const command of commands) now = play(command, now, events, defined);
  return { endMs: now, events };
}

/** A user-defined command's body with its arguments bound: a string that is just "${name}" takes the value itself. */
export function bind(command: Command, definition: Defined[string]): Command[] {
  const args = command as unknown as Record<string, unknown>;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = /^\$\{(\w+)\}$/.exec(value);
      return whole ? args[whole[1]] : value.replace(/\$\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ''));
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(definition.commands) as Command[];
}

/** The standard commands a list runs, user-defined ones expanded with their arguments. */
export function expand(commands: readonly Command[], defined: Defined = {}): Command[] {
  return commands.flatMap((c) => {
    const own = defined[c.type];
    if (own) return expand(bind(c, own), defined);
    return [{ ...c, commands: c.commands ? expand(c.commands, defined) : undefined }];
  });
}

function play(command: Command, startMs: number, events: ScreenEvent[], defined: Defined): number {
  const at = startMs + (command.delay ?? 0);
  const own = defined[command.type];
  if (own) return playCommands(bind(command, own), defined, at, events).endMs;
  switch (command.type) {
    case 'SetValue':
      events.push({ atMs: at, id: command.componentId ?? '', value: String(command.value) });
      return at;
    case 'AnimateItem':
      return at + (command.duration ?? 0);
    case 'Idle':
      return at;
    case 'Sequential':
      return playCommands(command.commands ?? [], defined, at, events).endMs;
    case 'Parallel':
      return Math.max(at, ...(command.commands ?? []).map((c) => play(c, at, events, defined)));
    default:
      throw new Error(`unknown APL command ${command.type}`);
  }
}

export function screenLines(directive: unknown): string[] {
  const d = directive as { document?: { mainTemplate?: { item?: Node }; onMount?: Command[]; commands?: Defined } };
  const root = d.document?.mainTemplate?.item ?? {};
  if (!d.document?.onMount) return staticLines(root);
  const [title] = staticLines(root);
  const { events } = playCommands(d.document.onMount, d.document.commands);
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
