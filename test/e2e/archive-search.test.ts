import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorkbench, type Workbench } from './harness';
import { ArchiveSearchPage } from './pages/ArchiveSearchPage';
import { ArchiveVersionsPage } from './pages/ArchiveVersionsPage';
import { seedArchiveWorld } from './pages/ArchiveWorld';

const SETUP = { mode: 'empty', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' } as const;

describe('the archive: find, open, compare, reuse', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('finds a proposal by a two-character Chinese word, opens v1, compares it with v2 and clones it', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const ids = await seedArchiveWorld(wb);
    const search = new ArchiveSearchPage(wb.page);
    await search.open(wb.server.url);

    // 直播 is only in v2 and the working copy (text and quote): v1 never said it.
    await search.search('直播');
    const titles = await search.options.locator('.ar-hit-title').allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['2027 品牌焕新发布会提案', '品牌焕新发布会报价']));
    expect(await search.markedWords()).toContain('直播');

    // Keyboard: ↓ moves the selection, Enter opens it.
    await search.search('焕新');
    const first = await search.activeTitle();
    await search.pressInBox('ArrowDown');
    expect(await search.activeTitle()).not.toBe('');
    await search.pressInBox('ArrowUp');
    expect(await search.activeTitle()).toBe(first);
    await search
      .option(/提案/)
      .filter({ hasText: '提案' })
      .filter({ hasNot: wb.page.locator('.badge-neutral') })
      .first()
      .locator('.ar-hit-title')
      .click();
    await wb.page.waitForURL(new RegExp(`/archive/proposals/${ids.proposalId}$`));

    const versions = new ArchiveVersionsPage(wb.page);
    await versions.openVersion(1);
    await wb.page.getByText('整合线上线下传播，统一品牌信息，以发布会为核心事件。').waitFor();
    expect(await wb.page.getByText('直播搭建').count()).toBe(0);
    // The version exports as it was sent (from its frozen snapshot).
    const download = wb.page.waitForEvent('download');
    await wb.page.getByRole('button', { name: '导出 Word', exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await versions.backToHistory();

    await versions.compare(1, 2);
    expect(await versions.inserted('solution')).toEqual(['增加直播环节']);
    expect(await versions.deleted('solution')).toEqual(['统一品牌信息']);
    expect(await versions.quoteRow('直播搭建').textContent()).toContain('新增');
    expect(await versions.quoteRow('高级策划').textContent()).toContain('修改');

    await wb.page.goBack();
    await versions.clone(1, '青禾茶饮', '青禾茶饮品牌焕新提案');
    const id = Number(new URL(wb.page.url()).pathname.split('/').pop());
    const clone = await wb.call('proposals.get', { id });
    expect(clone).toMatchObject({ title: '青禾茶饮品牌焕新提案', clientName: '青禾茶饮', status: 'draft' });
    expect(clone.sections.find((s) => s.key === 'solution')?.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: '整合线上线下传播，统一品牌信息，以发布会为核心事件。' }] },
    ]);
    // Found in the archive straight away.
    await eventually(async () => {
      const r = await wb!.call('archive.search', {
        query: '青禾',
        filters: { kinds: ['proposal'] },
        sort: 'relevance',
      });
      expect(r.hits.map((h) => h.title)).toContain('青禾茶饮品牌焕新提案');
    });
    expect(wb.pageErrors).toEqual([]);
  });
});
