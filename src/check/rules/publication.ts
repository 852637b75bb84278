import { isoDay } from '../../lib/dates';
import { publicationState } from '../../lib/publication';
import { yamlPathPosition } from '../../lib/source-position';
import { eachDoc, type Rule } from '../context';
import { problem } from '../problem';

/**
 * Drafts and scheduled stories are fine, but the author should know that the production build
 * leaves them out: reported as notices, never as errors. Uses the same rule as the build
 * (src/lib/publication.ts).
 */
export const publicationRule: Rule = {
  name: 'publication',
  run: (ctx) =>
    eachDoc(ctx, 'publication', (doc, report) => {
      const valid = ctx.valid.get(doc);
      if (valid?.collection !== 'stories') return;
      const state = publicationState(valid.data, ctx.now);
      if (state === 'draft') {
        report(
          problem(
            'publication',
            'notice',
            doc.file.path,
            yamlPathPosition(doc.file.text, ['draft'], { frontmatter: true }),
            {
              ja: '下書きです。本番のサイトには載りません。',
              en: 'This is a draft: the production site leaves it out.',
            },
            { ja: '公開するときは draft: true を消してください', en: 'remove draft: true to publish it' },
          ),
        );
      } else if (state === 'scheduled') {
        const day = isoDay(valid.data.pubDate);
        report(
          problem(
            'publication',
            'notice',
            doc.file.path,
            yamlPathPosition(doc.file.text, ['pubDate'], { frontmatter: true }),
            {
              ja: `予約投稿です。${day} から本番のサイトに載ります。`,
              en: `Scheduled: on the production site from ${day}.`,
            },
            {
              ja: 'その日以降のビルドで公開されます。今すぐ見るには npm run dev',
              en: 'a build on or after that day publishes it; npm run dev shows it now',
            },
          ),
        );
      }
    }),
};
