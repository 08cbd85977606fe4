import { downloadPaths, downloadResponse } from '../../../../downloads/routes.ts';

/** download/c/<compilation>.epub, .txt and .md in each script: its speeches in order. */
export const getStaticPaths = () => downloadPaths('compilation');

export const GET = downloadResponse;
