import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteConfig } from '../../config';
import { feedResponse } from '../../data/feeds';
import { getSite } from '../../data/site';
import { feedPaths } from '../../lib/routes';
import { feedTitle } from '../../lib/ui';
import { urls } from '../../lib/urls';

export const getStaticPaths = (async () => feedPaths(await getSite())) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { lang, stories } }) =>
  feedResponse({
    format: 'json',
    lang,
    title: feedTitle(lang, siteConfig.title[lang]),
    description: siteConfig.description[lang],
    home: urls.home(lang),
    self: urls.feed(lang, 'json'),
    stories,
  });
