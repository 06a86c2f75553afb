export { CampaignsPage } from './campaigns-page';
export { CampaignPage } from './campaign-page';
export { OpenCampaignPage } from './open-campaign-page';
