import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { languageFeedResponse } from '../../data/feeds';
import { getSite } from '../../data/site';
import { feedPaths } from '../../lib/routes';

export const getStaticPaths = (async () => feedPaths(await getSite())) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { lang, stories } }) => languageFeedResponse('json', lang, stories);
