import { downloadPaths, downloadResponse } from '../../../site/download-routes.ts';

/** download/<speech>.epub, .txt and .md in each script (src/site/downloads.ts). */
export const getStaticPaths = () => downloadPaths('speech');

export const GET = downloadResponse;
