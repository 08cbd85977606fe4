import { downloadPaths, downloadResponse } from '../../../downloads/routes.ts';

/** download/<speech>.epub, .txt and .md in each script (src/downloads/files.ts). */
export const getStaticPaths = () => downloadPaths('speech');

export const GET = downloadResponse;
