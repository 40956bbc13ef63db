import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { CONSENT_VERSION } from '../../lambda/domain/consent';
import { escapeHtml, fillPlaceholders, markdownToHtml } from '../lib/markdown';
import { PAGE_PATH, PUBLISHER_PLACEHOLDER } from '../lib/privacyPageNames';
import { PAGE_LOGICAL_IDS, pageServerSource, renderPages } from '../lib/privacyPages';
import { defineSkillApp } from '../lib/skillApp';
import { appWith, scratchBundle, SKILL_ID, synthTemplate } from './synth';

const bundle = scratchBundle();
afterAll(() => bundle.remove());

const PUBLISHER = { name: 'Voorbeeld Zorg B.V.', contact: 'privacy@voorbeeldzorg.nl' };

type PageHandler = (event: unknown) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

/** The page function exactly as it is deployed: its generated source, loaded as a module. */
function loadServer(pages: Record<string, string>): PageHandler {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  try {
    writeFileSync(join(dir, 'index.js'), pageServerSource(pages));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(join(dir, 'index.js')) as { handler: PageHandler }).handler;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const get = (rawPath: string, method = 'GET') => ({ rawPath, requestContext: { http: { method } } });

describe('the markdown renderer', () => {
  it('renders headings, paragraphs over several lines, lists with wrapped items, bold and links', () => {
    expect(
      markdownToHtml(
        '# Titel\n\nEen zin\nover twee regels.\n\n- **Vet**: een punt\n  dat doorloopt.\n- Zie https://www.autoriteitpersoonsgegevens.nl.\n\n## Kop',
      ),
    ).toBe(
      '<h1>Titel</h1>\n<p>Een zin over twee regels.</p>\n<ul>\n<li><strong>Vet</strong>: een punt dat doorloopt.</li>\n' +
        '<li>Zie <a href="https://www.autoriteitpersoonsgegevens.nl">https://www.autoriteitpersoonsgegevens.nl</a>.</li>\n</ul>\n<h2>Kop</h2>',
    );
    expect(markdownToHtml('- [Privacy](/privacy)')).toBe('<ul>\n<li><a href="/privacy">Privacy</a></li>\n</ul>');
  });

  it('escapes everything else, so text can never become markup', () => {
    expect(markdownToHtml('<script>alert("x")</script> & [x](javascript:alert(1))')).toBe(
      `<p>${escapeHtml('<script>alert("x")</script> & [x](javascript:alert(1))')}</p>`,
    );
  });

  it('leaves out comments: notes for the deployer, not for the reader', () => {
    expect(markdownToHtml('Voor.\n<!--\nnotitie\n-->\nNa.')).toBe('<p>Voor. Na.</p>');
  });

  it('fills placeholders and refuses one without a value', () => {
    expect(fillPlaceholders('Door {{publisherName}}.', { publisherName: 'X' })).toBe('Door X.');
    expect(() => fillPlaceholders('{{onbekend}}', {})).toThrow('No value for {{onbekend}}');
  });
});

describe('the privacy pages', () => {
  const pages = renderPages(PUBLISHER);

  it('publish the complete privacy notice with the publisher, the consent version and the complaint right', () => {
    const privacy = pages[PAGE_PATH.privacy];
    for (const part of [
      '<title>Privacyverklaring Bekkenbodem coach</title>',
      `Versie ${CONSENT_VERSION}`,
      '<strong>Voorbeeld Zorg B.V.</strong>',
      'privacy@voorbeeldzorg.nl',
      'artikel 9, lid 2, onder a',
      'stop met bewaren',
      'Back-ups',
      'Autoriteit Persoonsgegevens',
      'wat weet je over mij',
    ]) {
      expect(privacy).toContain(part);
    }
    expect(privacy).not.toMatch(/\{\{|\[naam van de uitgever|&lt;!--|README/);
  });

  it('publish the terms: guidance, no medical advice, see a huisarts or bekkenfysiotherapeut', () => {
    const terms = pages[PAGE_PATH.terms];
    expect(terms).toContain('<title>Gebruiksvoorwaarden Bekkenbodem coach</title>');
    expect(terms).toContain('<strong>geen medisch advies</strong>');
    expect(terms).toContain('huisarts of een bekkenfysiotherapeut');
    expect(terms).toContain('Voorbeeld Zorg B.V.');
  });

  it('show a visible placeholder while the deployer has not named the publisher', () => {
    expect(renderPages(undefined)[PAGE_PATH.privacy]).toContain(escapeHtml(PUBLISHER_PLACEHOLDER.name));
  });

  it('are served as HTML over GET and HEAD only, with a strict content policy; unknown paths get the index', async () => {
    const handler = loadServer(pages);
    const privacy = await handler(get('/privacy'));
    expect(privacy.statusCode).toBe(200);
    expect(privacy.body).toBe(pages['/privacy']);
    expect(privacy.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(privacy.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect((await handler(get('/voorwaarden/'))).body).toBe(pages['/voorwaarden']);
    expect(await handler(get('/privacy', 'HEAD'))).toMatchObject({ statusCode: 200, body: '' });
    expect(await handler(get('/privacy', 'POST'))).toMatchObject({ statusCode: 405 });
    const missing = await handler(get('/../etc/passwd'));
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('<a href="/privacy">Privacyverklaring</a>');
  });
});

describe('the stack with its privacy pages (cdk synth)', () => {
  const { resources, outputs } = synthTemplate(bundle.dir);
  const url = { 'Fn::GetAtt': [PAGE_LOGICAL_IDS.url, 'FunctionUrl'] };

  it('has a small page function under a pinned logical ID, without access to the table', () => {
    expect(resources[PAGE_LOGICAL_IDS.function].Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      MemorySize: 128,
      Timeout: 3,
    });
    expect(resources[PAGE_LOGICAL_IDS.function].Properties).not.toHaveProperty('Environment');
    const role = (resources[PAGE_LOGICAL_IDS.function].Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];
    const policies = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Policy');
    expect(policies.flatMap((p) => p.Properties.Roles)).not.toContainEqual({ Ref: role });
  });

  it('publishes it through a public function URL, invocable through that URL only', () => {
    expect(resources[PAGE_LOGICAL_IDS.url].Properties).toEqual({
      AuthType: 'NONE',
      TargetFunctionArn: { 'Fn::GetAtt': [PAGE_LOGICAL_IDS.function, 'Arn'] },
    });
    const permissions = Object.values(resources)
      .filter((r) => r.Type === 'AWS::Lambda::Permission' && JSON.stringify(r.Properties.FunctionName).includes(PAGE_LOGICAL_IDS.function))
      .map((r) => r.Properties);
    expect(permissions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' }),
        expect.objectContaining({ Action: 'lambda:InvokeFunction', Principal: '*', InvokedViaFunctionUrl: true }),
      ]),
    );
    expect(permissions).toHaveLength(2);
  });

  it('outputs the privacy and terms URLs, and no publisher while none is named', () => {
    expect(outputs.PrivacyPolicyUrl).toMatchObject({ Value: { 'Fn::Join': ['', [url, 'privacy']] } });
    expect(outputs.TermsOfUseUrl).toMatchObject({ Value: { 'Fn::Join': ['', [url, 'voorwaarden']] } });
    expect(outputs).not.toHaveProperty('PrivacyPublisher');
  });

  it('names the publisher from the context in an output, which the release step requires', () => {
    const other = scratchBundle();
    const stack = defineSkillApp(
      appWith({ skillId: SKILL_ID, publisherName: PUBLISHER.name, publisherContact: PUBLISHER.contact }),
      other.dir,
    );
    other.remove();
    const json = Template.fromStack(stack).toJSON() as { Outputs: Record<string, { Value: unknown }> };
    expect(json.Outputs.PrivacyPublisher.Value).toBe(PUBLISHER.name);
  });

  it('refuses a publisher named halfway', () => {
    const other = scratchBundle();
    expect(() => defineSkillApp(appWith({ skillId: SKILL_ID, publisherName: PUBLISHER.name }), other.dir)).toThrow(
      'Name the publisher with both -c publisherName="…" and -c publisherContact="…"',
    );
    other.remove();
  });
});
