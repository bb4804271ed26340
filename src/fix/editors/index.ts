// One editor per file format; a rule's fix declaration is data that these apply.
import type { Kind } from '../../formats/types.js';
import { armEditor } from './arm.js';
import { firewallEditor } from './firewall.js';
import { sshdEditor } from './sshd.js';
import type { FormatEditor } from './types.js';
import { yamlEditor } from './yaml.js';

export const EDITORS: Partial<Record<Kind, FormatEditor>> = { k8s: yamlEditor, arm: armEditor, sshd: sshdEditor, firewall: firewallEditor };

export { FixRefusal, type EditContext, type FormatEditor } from './types.js';
