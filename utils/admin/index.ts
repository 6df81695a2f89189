/** Each cloud's Microsoft 365 and Microsoft Entra admin centers, with the pages that document them. */
export { adminCenters, entraAdminCenters, type AdminCenter } from './admin-centers';
/** The admin corner's topics and their sourced links. */
export { adminTopics, type AdminTopic, type AdminTopicLink } from './topics';
