/**
 * The only place that writes APL. Documents are plain data built from the same plan the
 * SSML comes from; handlers only attach them. No SDK calls, no i18next: strings come in.
 *
 * APL 1.1 is the floor: AnimateItem needs it (developer.amazon.com/docs/alexa/
 * alexa-presentation-language/apl-animate-item-command.html), and every component and
 * command used here exists there (apl-standard-commands-v1-1.html).
 */
export const APL_VERSION = '1.1';

export const RENDER_DOCUMENT = 'Alexa.Presentation.APL.RenderDocument';

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };
export type AplComponent = { readonly type: 'Container' | 'Frame' | 'Text'; readonly [key: string]: Json | undefined };
export type AplCommand = {
  /** A standard command, or one the document defines in its `commands` (APL 1.1). */
  readonly type: 'Sequential' | 'Parallel' | 'AnimateItem' | 'SetValue' | 'Idle' | 'Tick' | 'Phase' | 'Count' | 'Shape' | 'Bar';
  readonly [key: string]: Json | undefined;
};

export interface AplDocument {
  readonly type: 'APL';
  readonly version: typeof APL_VERSION;
  readonly onMount?: readonly AplCommand[];
  /** User-defined commands: a name, its parameters, and the standard commands it runs. */
  readonly commands?: { readonly [name: string]: { readonly parameters: readonly string[]; readonly commands: readonly AplCommand[] } };
  readonly mainTemplate: { readonly parameters: readonly string[]; readonly item: AplComponent };
}

/** What a handler attaches: the RenderDocument directive, whole. */
export interface ScreenDirective {
  readonly type: typeof RENDER_DOCUMENT;
  readonly token: string;
  readonly document: AplDocument;
  readonly datasources?: { readonly [name: string]: Json };
}

export const COLOUR = {
  background: '#10222B',
  text: '#F2F2F2',
  muted: '#9FB3BC',
  squeeze: '#E07A5F',
  breath: '#7FB8D6',
  track: '#2C4450',
  reached: '#81B29A',
} as const;

export function text(id: string | undefined, value: string, size: number, colour: string = COLOUR.text): AplComponent {
  return { type: 'Text', id, text: value, fontSize: `${size}dp`, color: colour, textAlign: 'center' };
}

export function column(items: readonly AplComponent[], extra: { readonly [key: string]: Json } = {}): AplComponent {
  return { type: 'Container', direction: 'column', alignItems: 'center', items, ...extra };
}

export function renderDocument(
  token: string,
  item: AplComponent,
  onMount?: readonly AplCommand[],
  commands?: AplDocument['commands'],
): ScreenDirective {
  return {
    type: RENDER_DOCUMENT,
    token,
    document: {
      type: 'APL',
      version: APL_VERSION,
      commands,
      onMount,
      mainTemplate: {
        parameters: [],
        item: {
          type: 'Container',
          width: '100vw',
          height: '100vh',
          direction: 'column',
          justifyContent: 'center',
          alignItems: 'center',
          items: [{ type: 'Frame', position: 'absolute', width: '100vw', height: '100vh', backgroundColor: COLOUR.background }, item],
        },
      },
    },
  };
}
