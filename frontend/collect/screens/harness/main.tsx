/**
 * The collector screens against the in-process fake server with clearly fake demo data, to look at and
 * screenshot every screen without the jar: `?route=list|subject|fill|new|outbox|signin|returned&lang=en`.
 */
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { CollectorDb, openCollector } from '../../index.js';
import { FakeServer } from '../../testing/fake-server.js';
import { startFill } from '../actions.js';
import { openCollectorWith } from '../context.js';
import { collectRoutes } from '../routes.js';
import { harnessForms, harnessAssignments } from './data.js';

const params = new URLSearchParams(location.search);
const route = params.get('route') ?? 'list';
if (params.get('lang') === 'en') {
  localStorage.setItem('oneform.collect.locale', 'en');
} else {
  localStorage.removeItem('oneform.collect.locale');
}

async function start() {
  await new CollectorDb().delete();
  const server = new FakeServer();
  for (const form of harnessForms()) {
    server.publishForm(form.subjectType, form.version, form);
  }
  for (const a of harnessAssignments()) {
    server.assign(a);
  }
  server.returnSubmission({ submissionId: '00000000-0000-4000-8000-000000000001', subjectId: 'H00000002', subjectType: 'household',
    comment: '家庭人口数与成员名单不一致，请核实', by: 'supervisor1', at: '2026-12-02T09:00:00Z' });
  server.validate = s => (s.values['household.head_name'] === '示范退回'
    ? { code: 'invalid', errors: [{ field: 'household.member_count', code: 'constraint', message: '家庭人口数不符合填写要求，请核对。' }] }
    : null);
  // after the setup the tablet goes offline (as in the field): the status line and the outbox show it
  let online = true;
  const collector = await openCollector({ appVersion: 'harness', sleep: async () => {},
    fetch: (input, init) => (online ? server.fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'))) });
  openCollectorWith(async () => collector);
  let initial = '/collect';
  if (route !== 'signin') {
    await collector.sync.signIn('worker1', 'secret');
    await collector.sync.sync();
    const forms = await collector.downloaded.currentForms();
    // two finished forms waiting, one refused by the server, one draft
    for (const [i, id] of ['H00000003', 'H00000004', 'H00000005'].entries()) {
      const a = (await collector.downloaded.assignment(id))!;
      const d = await collector.drafts.create({ subjectType: 'household', formVersion: forms.household, subjectId: id, grid: a.grid,
        title: a.title, values: { 'household.address': a.title, 'household.head_name': i === 2 ? '示范退回' : '示范户主', 'household.member_count': 1 } });
      await collector.drafts.finalize(d.id);
    }
    await collector.sync.sync();
    for (const id of ['H00000006', 'H00000007']) {
      const a = (await collector.downloaded.assignment(id))!;
      const d = await collector.drafts.create({ subjectType: 'household', formVersion: forms.household, subjectId: id, grid: a.grid,
        title: a.title, values: { 'household.address': a.title } });
      await collector.drafts.finalize(d.id);
    }
    await collector.sync.refresh();
    const draft = await startFill(collector, (await collector.downloaded.assignment('H00000001'))!, null);
    online = params.get('online') === '1';
    initial = route === 'subject' ? '/collect/subject/H00000008' : route === 'returned' ? '/collect/subject/H00000002'
      : route === 'fill' ? `/collect/fill/${draft.id}` : route === 'new' ? '/collect/new' : route === 'outbox' ? '/collect/outbox'
        : '/collect';
  }
  const router = createMemoryRouter(collectRoutes, { initialEntries: [initial] });
  createRoot(document.getElementById('outlet')!).render(<RouterProvider router={router} />);
  setTimeout(() => document.body.setAttribute('data-ready', 'true'), 1500);
}

void start();
