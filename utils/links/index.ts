export { links, type SourcedLink } from './links';
export { sources } from './sources';
