// Embedding on a clinic's own page: the script embed, events, a hostile host stylesheet, two
// widgets on one page, and the iframe embed with its height and event messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage, open, chooseRegions, answerAll, rankedConditions, RUNNER, POP, CHILD } from './harness.mjs';

let server, other, browser;
before(async () => { server = await serve(); other = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); await other?.close(); });

/** Records the widget's events on the document, as a host page would. */
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.heelTriageEvents = [];
    for (const type of ['heel-triage:start', 'heel-triage:result', 'heel-triage:booking-click']) {
      document.addEventListener(type, (e) => window.heelTriageEvents.push({ type, detail: e.detail, target: e.target.id }));
    }
  });
}

test('a clinic page embeds the widget with one script and one element, and hears its events', async () => {
  const page = await watchedPage(browser, server.origin);
  await recordEvents(page);
  const widgetFiles = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/embed/')) widgetFiles.push(pathname);
  });
  await open(page, server.origin, 'clinic/script-embed.html');
  const widget = page.locator('heel-triage#heel-check');
  assert.match(await widget.locator('.ht-header').textContent(), /Northside Foot Clinic/);
  // The script carries its glue, and the widget uses the page's preloaded wasm: two files, each
  // fetched once.
  assert.deepEqual(widgetFiles.sort(), ['/embed/heel-triage.js', '/embed/heel-triage_bg.wasm']);
  // ... and the script ships minified (web/minify.mjs): the readable one is hundreds of lines.
  const script = await (await fetch(`${server.origin}/embed/heel-triage.js`)).text();
  assert.ok(script.split('\n').length < 10, `embed/heel-triage.js has ${script.split('\n').length} lines`);
  // Point the booking link at this test server, so following it stays on the one origin.
  await page.evaluate((url) => document.getElementById('heel-check').setAttribute('booking-url', url), `${server.origin}/clinic/book.html`);
  await chooseRegions(widget, ['achilles_midportion']);
  await answerAll(widget, RUNNER);
  assert.equal(await widget.locator('.ht-banner').getAttribute('data-urgency'), 'self_care');
  const top = (await rankedConditions(widget)).slice(0, 3);

  // The clinic's contact details reach the result and the printed summary.
  const contact = widget.locator('.ht-contact');
  assert.equal(await contact.locator('a[href^="tel:"]').getAttribute('href'), 'tel:01614960000');
  assert.match(await contact.textContent(), /Call 0161 496 0000/);
  assert.match(await widget.locator('.ht-print-only').textContent(), /Northside Foot Clinic[\s\S]*0161 496 0000/);
  // "Print summary" prints the summary alone, not the clinic's page around it.
  await widget.locator('[data-action=print]').click();
  const printed = await page.evaluate(() => {
    const frame = document.getElementById('heel-check').shadowRoot.querySelector('iframe.ht-print-frame');
    return { text: frame.contentDocument.body.textContent, elements: frame.contentDocument.body.querySelectorAll('*').length };
  });
  assert.match(printed.text, /not a diagnosis[\s\S]*Northside Foot Clinic[\s\S]*0161 496 0000/);
  assert.doesNotMatch(printed.text, /Our podiatrists see heel pain every day/, 'none of the host page');
  assert.equal(printed.elements, 1, 'one plain-text block');
  // The accent attribute reaches the buttons.
  assert.equal(await widget.locator('[data-action=restart]').evaluate((b) => getComputedStyle(b.closest('.ht')).getPropertyValue('--ht-accent').trim()), '#1d4e89');

  // A new tab that can neither reach back into this page nor learn its address.
  const bookingLink = contact.locator('a', { hasText: 'Book an appointment' });
  // Beside it, the site it goes to, so a look-alike address is there to see.
  assert.match(await contact.textContent(), new RegExp(`Book online at ${new URL(server.origin).host}`));
  assert.equal(await bookingLink.getAttribute('target'), '_blank');
  assert.deepEqual((await bookingLink.getAttribute('rel')).split(' ').sort(), ['noopener', 'noreferrer']);
  const [booking] = await Promise.all([
    page.context().waitForEvent('page'),
    bookingLink.click(),
  ]);
  assert.equal(booking.url(), `${server.origin}/clinic/book.html`, 'the link set after the widget started');
  await booking.close();

  const events = await page.evaluate(() => window.heelTriageEvents);
  assert.deepEqual(events.map((e) => e.type), ['heel-triage:start', 'heel-triage:result', 'heel-triage:booking-click']);
  assert.ok(events.every((e) => e.target === 'heel-check'), 'events come from the <heel-triage> element');
  const result = events[1].detail;
  // Never the answers, and by default not the conditions either: they are health information.
  assert.deepEqual(Object.keys(result).sort(), ['knowledgeVersion', 'urgency']);
  assert.equal(result.urgency, 'self_care');
  assert.match(result.knowledgeVersion, /^\d{4}\.\d{1,2}\.\d+$/);
  assert.equal(top.length, 3);
  await page.done();
});

test('the host page hears the top conditions only when the clinic sets share-conditions', async () => {
  const page = await watchedPage(browser, server.origin);
  await recordEvents(page);
  await open(page, server.origin, 'clinic/script-embed.html');
  await page.evaluate(() => document.getElementById('heel-check').setAttribute('share-conditions', ''));
  const widget = page.locator('heel-triage#heel-check');
  await chooseRegions(widget, ['achilles_midportion']);
  await answerAll(widget, RUNNER);
  const top = (await rankedConditions(widget)).slice(0, 3);
  const results = (await page.evaluate(() => window.heelTriageEvents)).filter((e) => e.type === 'heel-triage:result');
  assert.equal(results.length, 1);
  assert.deepEqual(Object.keys(results[0].detail).sort(), ['knowledgeVersion', 'topConditions', 'urgency'], 'never the answers');
  assert.deepEqual(results[0].detail.topConditions, top);
  await page.done();
});

test('every setting a clinic changes after the widget has started takes effect at once', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin, 'clinic/script-embed.html');
  const widget = page.locator('heel-triage#heel-check');
  await chooseRegions(widget, ['achilles_midportion']);
  await answerAll(widget, RUNNER);
  const contact = widget.locator('.ht-contact');
  const booking = `${server.origin}/clinic/book.html?from=heel-check`;
  const accent = () => page.waitForFunction(() => getComputedStyle(document.getElementById('heel-check').shadowRoot
    .querySelector('.ht')).getPropertyValue('--ht-accent').trim() === '#5a2d82');
  // One at a time: each change must be heard on its own, not picked up with a later one.
  const changes = [
    ['clinic-name', 'Northside Foot Clinic, Old Town', () => widget.locator('.ht-header', { hasText: 'Old Town' }).waitFor()],
    ['phone', '0161 496 0999', () => contact.locator('a[href="tel:01614960999"]').waitFor()],
    ['booking-url', booking, () => contact.locator(`a[href="${booking}"]`).waitFor()],
    ['accent', '#5a2d82', accent],
    // A page shows one language, chosen when it loads: the widget says so, and stays in English.
    ['lang', 'es', () => page.waitForEvent('console', (m) => m.type() === 'warning' && m.text().includes('`lang` ignored'))],
  ];
  for (const [name, value, takesEffect] of changes) {
    const effect = takesEffect();
    await page.evaluate(([n, v]) => document.getElementById('heel-check').setAttribute(n, v), [name, value]);
    await effect.catch((error) => assert.fail(`a changed ${name} was not heard: ${error.message}`));
  }
  assert.equal(await widget.locator('.ht-banner').getAttribute('data-urgency'), 'self_care', 'the result stayed');
  await page.done();
});

/** Holds back the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/heel-triage_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

test('an element taken out of the page before the widget loads gets no widget, and one moved gets exactly one', async () => {
  const page = await watchedPage(browser, server.origin);
  const release = await holdWasm(page);
  await page.goto(`${server.origin}/clinic/blank.html`);
  await page.evaluate(() => {
    const widgets = document.getElementById('widgets');
    for (const id of ['gone', 'moved']) {
      const element = document.createElement('heel-triage');
      element.id = id;
      widgets.append(element);
    }
    window.gone = document.getElementById('gone');
    window.gone.remove();
    const box = document.createElement('section');
    document.body.append(box);
    box.append(document.getElementById('moved'));
  });
  release();
  await page.locator('heel-triage#moved [data-action=start]').waitFor();
  assert.equal(await page.evaluate(() => document.getElementById('moved').shadowRoot.querySelectorAll('.ht').length), 1);
  assert.equal(await page.evaluate(() => window.gone.shadowRoot.childNodes.length), 0, 'nothing rendered into the removed element');
  await page.done();
});

test('if the widget cannot start, the element says so and sends the patient to the clinic', async () => {
  const page = await watchedPage(browser, server.origin);
  // A proxy or a broken upload can serve something that is not the widget's wasm.
  await page.route('**/heel-triage_bg.wasm', (route) => route.fulfill({ contentType: 'application/wasm', body: 'not wasm' }));
  await page.goto(`${server.origin}/`);
  const note = page.locator('heel-triage p[role=status]', { hasText: 'could not load' });
  await note.waitFor();
  assert.match(await note.textContent(), /Please contact the clinic directly/);
  assert.ok(page.warnings.some((w) => w.startsWith('heel-triage: could not start')), page.warnings.join('\n'));
  await page.done();
});

/** A page whose connection drops every request for the wasm until `online.now` is set. */
async function pageWithoutWasm() {
  const page = await watchedPage(browser, server.origin);
  page.expectedErrors.push(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  const online = { now: false, asked: 0 };
  await page.route('**/heel-triage_bg.wasm', (route) => {
    online.asked++;
    return online.now ? route.continue() : route.abort('internetdisconnected');
  });
  await page.goto(`${server.origin}/clinic/blank.html`);
  await page.evaluate(() => {
    const element = document.createElement('heel-triage');
    element.id = 'blip';
    document.getElementById('widgets').append(element);
  });
  return { page, online, widget: page.locator('heel-triage#blip') };
}

test('a start that failed on a network blip is tried again: from "Try again", and when the element is put back', async () => {
  // "Try again": still offline, it says so again; back online, the widget starts.
  const first = await pageWithoutWasm();
  const tryAgain = first.widget.locator('button', { hasText: 'Try again' });
  await tryAgain.waitFor();
  assert.match(await first.widget.locator('p[role=status]').textContent(), /could not load[\s\S]*contact the clinic/);
  assert.equal(first.online.asked, 1);
  const failed = await tryAgain.elementHandle();
  await tryAgain.click();
  await failed.waitForElementState('hidden');
  await tryAgain.waitFor();
  assert.equal(first.online.asked, 2, 'asked for the wasm again');
  assert.equal(await first.page.evaluate(() => document.getElementById('blip').shadowRoot.activeElement?.textContent), 'Try again',
    'the new button has the focus the old one had');
  first.online.now = true;
  await tryAgain.click();
  await first.widget.locator('[data-action=start]').waitFor();
  assert.equal(await first.widget.locator('button', { hasText: 'Try again' }).count(), 0);
  await first.page.done();

  // The element taken out and put back (as a page that re-renders would): it starts afresh.
  const second = await pageWithoutWasm();
  await second.widget.locator('button', { hasText: 'Try again' }).waitFor();
  second.online.now = true;
  await second.page.evaluate(() => {
    const element = document.getElementById('blip');
    element.remove();
    document.getElementById('widgets').append(element);
  });
  await second.widget.locator('[data-action=start]').waitFor();
  assert.equal(second.online.asked, 2);
  await second.page.done();
});

/**
 * What the widget looks like from inside: the computed styles of a few of its parts. (Sizes
 * may change: `all: unset` on the host page's own elements changes the width it is given.)
 */
async function insideLooks(widget) {
  return widget.locator('.ht, .ht h2, .ht button, .ht svg, .ht [data-region]').evaluateAll((els) => els.slice(0, 12).map((el) => {
    const s = getComputedStyle(el);
    return `${el.tagName} ${s.display} ${s.fontSize} ${s.fontFamily} ${s.color} ${s.backgroundColor} ${s.textTransform} ${s.padding} ${s.borderRadius}`;
  }));
}

test('on a slow connection a loading note shows until the widget arrives, then gives way to it', async () => {
  const page = await watchedPage(browser, server.origin);
  const release = await holdWasm(page);
  await page.goto(`${server.origin}/`);
  const note = page.locator('heel-triage p[role=status]');
  await note.waitFor();
  assert.match(await note.textContent(), /Loading the heel pain check/);
  release();
  await page.locator('[data-action=start]').waitFor();
  assert.equal(await note.count(), 0, 'the note gave way to the widget');
  await page.done();
});

test('until the script arrives, the hosted pages hold an empty block, so their first frame lays out no line', async () => {
  for (const file of ['', 'frame.html']) {
    const page = await watchedPage(browser, server.origin);
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route('**/embed/heel-triage.js', async (route) => { await held; await route.continue(); });
    await page.goto(`${server.origin}/${file}`, { waitUntil: 'commit' });
    await page.locator('heel-triage').waitFor({ state: 'attached' });
    assert.deepEqual(await page.locator('heel-triage').evaluate((el) => [Boolean(customElements.get('heel-triage')), getComputedStyle(el).display]), [false, 'block'], `/${file}`);
    release();
    await page.locator('heel-triage [data-action=start]').waitFor();
    await page.done();
  }
});

test('a hostile host stylesheet changes nothing inside the widget', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 800, height: 900 } });
  await open(page, server.origin, 'clinic/script-embed.html');
  const widget = page.locator('heel-triage');
  await widget.locator('[data-action=start]').click();
  await widget.locator('svg').first().waitFor();
  const before = await insideLooks(widget);
  // The widget's own CSS does not leak out: the host's heading keeps the host's font.
  assert.equal(await page.locator('body > main > h1').evaluate((h) => getComputedStyle(h).fontFamily), 'Georgia, serif');
  await page.addStyleTag({ content: '* { all: unset } svg { display: none } button { font-size: 40px }' });
  const after = await insideLooks(widget);
  assert.ok(before.length >= 8, `looked at ${before.length} parts`);
  assert.deepEqual(after, before);
  const drawing = await widget.locator('svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
  assert.ok(drawing > 200, `the heel is still drawn (${drawing}px wide)`);
  await page.done();
});

test('two widgets on one page work independently, update, tear down, and survive the script loaded twice', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 800, height: 900 } });
  await page.goto(`${server.origin}/clinic/two-widgets.html`);
  const north = page.locator('heel-triage#north');
  const south = page.locator('heel-triage#south');
  await north.locator('[data-action=start]').waitFor();
  await south.locator('[data-action=start]').waitFor();
  assert.equal(await page.evaluate(() => document.querySelectorAll('heel-triage')[0].shadowRoot.querySelectorAll('.ht').length), 1, 'one widget per element');

  await chooseRegions(north, ['achilles_midportion']);
  await answerAll(north, POP);
  assert.equal(await north.locator('[data-emergency]').getAttribute('data-urgency'), 'emergency');
  assert.equal(await south.locator('[data-action=start]').count(), 1, 'the other widget did not move');

  await chooseRegions(south, ['calcaneal_sides']);
  assert.equal(await south.locator('[data-question]').getAttribute('data-question'), 'age_group');

  // Each keeps its own progress across a reload.
  await page.reload();
  await north.locator('[data-emergency]').waitFor();
  await south.locator('[data-question="age_group"]').waitFor();

  // Changing an attribute updates that widget only.
  await page.evaluate(() => document.getElementById('south').setAttribute('clinic-name', 'South Clinic, Riverside'));
  await south.locator('.ht-header', { hasText: 'Riverside' }).waitFor();
  assert.doesNotMatch(await north.locator('.ht-header').textContent(), /Riverside/);

  // Removing an element tears its widget down, with the print frame it made; the other carries on.
  await north.locator('[data-action=see-result]').click();
  await north.locator('[data-action=print]').click();
  assert.equal(await north.locator('iframe.ht-print-frame').count(), 1);
  const left = await page.evaluate(() => {
    const el = document.getElementById('north');
    el.remove();
    return el.shadowRoot.childNodes.length;
  });
  assert.equal(left, 0);
  await answerAll(south, CHILD);
  assert.equal((await rankedConditions(south))[0], 'calcaneal_apophysitis');
  await page.done();
});

/** Serves `settings` as the deployment's frame-settings.json to `page` (and its frames). */
async function deploySettings(page, settings) {
  await page.route('**/frame-settings.json', (route) => route.fulfill({ json: settings }));
}

test('the iframe embed sizes itself and passes events to its parent, only to the parent\'s origin', async () => {
  // The clinic page and the widget are on different origins, as on a real site.
  const page = await watchedPage(browser, other.origin, {}, [server.origin]);
  await deploySettings(page, {
    westside: {
      'clinic-name': 'Westside Podiatry', phone: '0161 496 0003', 'share-conditions': 'true', 'parent-origins': [other.origin],
    },
  });
  await page.goto(`${other.origin}/clinic/iframe-embed.html?widget=${encodeURIComponent(server.origin)}`);
  const frame = page.frameLocator('#heel-triage');
  await frame.locator('[data-action=start]').waitFor();
  await page.waitForFunction(() => window.heelTriageMessages.some((m) => m.type === 'heel-triage:height'));
  const height = await page.locator('#heel-triage').evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.locator('heel-triage').evaluate((w) => w.getBoundingClientRect().height);
  assert.ok(Math.abs(height - inner) <= 2, `frame ${height}px for content ${inner}px`);
  assert.match(await frame.locator('.ht-header').textContent(), /Westside Podiatry/);

  await chooseRegions(frame, ['achilles_midportion']);
  await answerAll(frame, POP);
  await page.waitForFunction(() => window.heelTriageMessages.some((m) => m.type === 'heel-triage:result'));
  const messages = await page.evaluate(() => window.heelTriageMessages.filter((m) => m.type !== 'heel-triage:height'));
  assert.deepEqual(messages.map((m) => m.type), ['heel-triage:start', 'heel-triage:result']);
  assert.equal(messages[1].detail.urgency, 'emergency');
  assert.equal(messages[1].detail.topConditions[0], 'achilles_rupture');
  // The clinic's settings came from the deployment's file.
  await frame.locator('[data-action=see-result]').click();
  assert.equal(await frame.locator('.ht-contact a[href^="tel:"]').getAttribute('href'), 'tel:01614960003');
  // The host page allows the frame the clipboard, so Copy works.
  await frame.locator('[data-action=copy]').click();
  await frame.locator('.ht-status', { hasText: 'Summary copied' }).waitFor();
  // The frame grew with its content and the host followed.
  const grown = await page.locator('#heel-triage').evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(grown > 300, `frame is ${grown}px tall`);
  await page.done();
});

/** A plain page on the other origin with the widget's frame.html in an iframe that allows nothing. */
async function framedOnAnotherSite(page, query = '') {
  await page.goto(`${other.origin}/clinic/blank.html`);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.height = '800px';
    document.body.append(frame);
  }, `${server.origin}/frame.html${query}`);
  return page.frameLocator('iframe');
}

/** A page that records the messages posted to its window. */
async function listeningPage(origin, allowedOrigins = []) {
  const page = await watchedPage(browser, origin, {}, allowedOrigins);
  await page.addInitScript(() => {
    window.heardMessages = [];
    addEventListener('message', (e) => { if (e.data !== 'end') window.heardMessages.push(e.data); });
  });
  return page;
}

/** Messages posted to `page`'s window until now: a last one of its own marks the end, as they arrive in order. */
async function messagesSoFar(page) {
  return page.evaluate(() => new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => window.postMessage('end', '*')));
    addEventListener('message', (e) => { if (e.data === 'end') done(window.heardMessages); });
  }));
}

test('the frame posts nothing when it has no parent, or when its clinic does not list its parent', async () => {
  // Opened on its own, with its own origin listed.
  const alone = await listeningPage(server.origin);
  await deploySettings(alone, { westside: { 'parent-origins': [server.origin] } });
  await open(alone, server.origin, 'frame.html?clinic=westside');
  await alone.locator('[data-action=start]').click();
  assert.deepEqual(await messagesSoFar(alone), []);
  await alone.done();

  // Inside a frame on a site the clinic does not list; on one that is not a web site's; and for
  // a clinic the deployment does not know.
  for (const [clinic, listed] of [['westside', ['https://www.westside.example']], ['westside', ['file:///clinic', 'null', '*']], ['nobody', [other.origin]]]) {
    const host = await listeningPage(other.origin, [server.origin]);
    await deploySettings(host, { westside: { 'parent-origins': listed } });
    const frame = await framedOnAnotherSite(host, `?clinic=${clinic}`);
    await frame.locator('[data-action=start]').click();
    await frame.locator('[data-region]').first().waitFor();
    assert.deepEqual(await messagesSoFar(host), [], `${clinic}: ${listed}`);
    assert.deepEqual(host.warnings, [], `${clinic}: ${listed}`);
    await host.done();
  }
});

test('a link cannot give the frame a clinic\'s name, phone or booking link, nor a parent to tell', async () => {
  // Someone else's page frames the clinic's real frame.html with settings of its own in the link.
  const host = await listeningPage(other.origin, [server.origin]);
  const spoof = new URLSearchParams({
    'clinic-name': 'Northside Foot Clinic', phone: '0909 879 0000', 'booking-url': 'https://northside-clinic.example/pay',
    'share-conditions': '', 'parent-origin': other.origin,
  });
  const frame = await framedOnAnotherSite(host, `?${spoof}`);
  await chooseRegions(frame, ['achilles_midportion']);
  await answerAll(frame, POP);
  await frame.locator('[data-action=see-result]').click();
  const widget = await frame.locator('.ht').textContent();
  assert.doesNotMatch(widget, /Northside|0909|northside-clinic/, 'none of the link\'s settings shown');
  assert.match(widget, /your GP, podiatrist or physiotherapist/);
  assert.equal(await frame.locator('.ht-contact a').count(), 0, 'no call or booking button');
  assert.deepEqual(await messagesSoFar(host), [], 'nothing posted to the origin the link named');
  await host.done();
});

test('a frame its page does not allow the clipboard says Copy was refused, and the summary is there to copy by hand', async () => {
  const page = await watchedPage(browser, other.origin, {}, [server.origin]);
  page.expectedErrors.push(/Permissions policy violation: The Clipboard API has been blocked/);
  const frame = await framedOnAnotherSite(page);
  await chooseRegions(frame, ['achilles_midportion']);
  await answerAll(frame, POP);
  await frame.locator('[data-action=see-result]').click();
  await frame.locator('[data-action=copy]').click();
  await frame.locator('.ht-status', { hasText: 'did not allow copying' }).waitFor();
  await frame.locator('.ht-summary-text summary').click();
  assert.match(await frame.locator('.ht-summary-text pre').textContent(), /^Heel pain check: summary[\s\S]*This is not a diagnosis/);
  assert.ok(await frame.locator('.ht-summary-text pre').isVisible());
  await page.done();
});
