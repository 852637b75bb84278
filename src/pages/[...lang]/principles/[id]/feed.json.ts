import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse } from '../../../../data/feeds';
import { getSite } from '../../../../data/site';
import { principleFeedPaths } from '../../../../lib/routes';
import { principleFeedTitle } from '../../../../lib/ui';
import { urls } from '../../../../lib/urls';

export const getStaticPaths = (async () => principleFeedPaths(await getSite())) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { lang, principle } }) =>
  feedResponse({
    format: 'json',
    lang,
    title: principleFeedTitle(lang, principle.data.title),
    description: principle.data.summary,
    home: urls.principle(lang, principle.id),
    self: urls.principleFeed(lang, principle.id, 'json'),
    stories: principle.citedBy,
  });
