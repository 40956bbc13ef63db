import type { Command as ExpandCommand, Defined } from '../../tools/screenText';
import { expand } from '../../tools/screenText';

/**
 * A structural check of the skill's APL documents against the version they declare.
 *
 * The lists are what APL 1.1 defines, read from Amazon's reference for that version:
 * commands: https://developer.amazon.com/docs/alexa-presentation-language/apl-standard-commands-v1-1.html
 * ("AnimateItem requires APL 1.1 or later": .../apl-animate-item-command.html);
 * components: the 1.0 set plus VectorGraphic, which 1.1 added
 * (https://developer.amazon.com/docs/alexa-presentation-language/apl-changes-1-1.html; the
 * versioned pages such as apl-frame-v1-3.html describe Frame for "APL 1.3 and earlier").
 */
export const APL_1_1 = {
  version: '1.1',
  components: ['Container', 'Frame', 'Image', 'Pager', 'ScrollView', 'Sequence', 'Text', 'TouchWrapper', 'VectorGraphic', 'Video'],
  commands: [
    'AnimateItem',
    'AutoPage',
    'ClearFocus',
    'Idle',
    'OpenURL',
    'Parallel',
    'Scroll',
    'ScrollToComponent',
    'ScrollToIndex',
    'SendEvent',
    'Sequential',
    'SetFocus',
    'SetPage',
    'SetValue',
    'SpeakItem',
    'SpeakList',
  ],
} as const;

/**
 * Alexa's limit on a whole response, 24 KB: "The total size of your response cannot exceed
 * 24 kilobytes" (Custom Skills JSON interface reference, response format, as quoted in
 * alexa/alexa-skills-kit-sdk-for-nodejs issue #67 and in the Japanese reference). Newer
 * pages may allow more; the stricter figure is the one we keep.
 */
export const RESPONSE_BYTES_LIMIT = 24 * 1024;

type Node = { type?: string; id?: string; item?: Node; items?: Node[] };
type Command = { type?: string; componentId?: string; delay?: unknown; duration?: unknown; commands?: Command[] };

function components(node: Node): Node[] {
  return [node, ...(node.item ? components(node.item) : []), ...(node.items ?? []).flatMap(components)];
}

function commands(list: readonly Command[]): Command[] {
  return list.flatMap((c) => [c, ...commands(c.commands ?? [])]);
}

const wholeMs = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0);

/** Problems of one RenderDocument directive; empty when it is well formed for APL 1.1. */
export function aplProblems(directive: unknown): string[] {
  const d = directive as {
    token?: unknown;
    document?: {
      type?: string;
      version?: string;
      mainTemplate?: { item?: Node };
      onMount?: Command[];
      commands?: Record<string, { parameters?: unknown; commands?: Command[] }>;
    };
  };
  const problems: string[] = [];
  const doc = d.document;
  if (typeof d.token !== 'string') problems.push('no token');
  if (!doc) return [...problems, 'no document'];
  if (doc.type !== 'APL') problems.push(`type ${doc.type}`);
  if (doc.version !== APL_1_1.version) problems.push(`version ${doc.version}`);
  if (!doc.mainTemplate?.item) return [...problems, 'no mainTemplate.item'];
  const all = components(doc.mainTemplate.item);
  const ids = new Set(all.map((c) => c.id).filter(Boolean));
  for (const c of all) if (!(APL_1_1.components as readonly string[]).includes(c.type ?? '')) problems.push(`component ${c.type}`);
  // User-defined commands (APL 1.1) run standard ones; a name must not shadow a standard command.
  const own = doc.commands ?? {};
  const known = [...APL_1_1.commands, ...Object.keys(own)] as string[];
  for (const [name, definition] of Object.entries(own)) {
    if ((APL_1_1.commands as readonly string[]).includes(name)) problems.push(`user command ${name} shadows a standard one`);
    if (!Array.isArray(definition.parameters)) problems.push(`user command ${name} without parameters`);
    for (const c of commands(definition.commands ?? []))
      if (!(APL_1_1.commands as readonly string[]).includes(c.type ?? '')) problems.push(`${name} runs ${c.type}`);
  }
  for (const c of commands(doc.onMount ?? [])) if (!known.includes(c.type ?? '')) problems.push(`command ${c.type}`);
  // What really runs: every user-defined command expanded with its arguments, then checked.
  for (const c of commands(expand((doc.onMount ?? []) as ExpandCommand[], own as Defined) as Command[])) {
    if (!(APL_1_1.commands as readonly string[]).includes(c.type ?? '')) problems.push(`command ${c.type}`);
    if (c.componentId !== undefined && !ids.has(c.componentId)) problems.push(`${c.type} targets unknown ${c.componentId}`);
    if (!wholeMs(c.delay)) problems.push(`${c.type} delay ${String(c.delay)}`);
    if (c.type === 'AnimateItem' && !(wholeMs(c.duration) && (c.duration as number) > 0))
      problems.push(`AnimateItem duration ${String(c.duration)}`);
  }
  return problems;
}
