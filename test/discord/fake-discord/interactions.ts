import { apiChannel, apiUser, type FakeWorld } from './world';

/** Who clicks or types, as the interaction's member. */
export interface FakeMember {
  userId: string;
  locale?: string;
  /** Permission bit set as a decimal string (ManageGuild = 32). */
  permissions?: string;
  roles?: string[];
}

export type OptionValue = string | number;

/** The three ways the fake talks about an option in a slash command. */
export interface CommandOption {
  name: string;
  value: OptionValue;
  focused?: boolean;
}

function base(world: FakeWorld, type: number, data: unknown, member: FakeMember) {
  const id = world.nextId();
  return {
    id,
    application_id: world.applicationId,
    type,
    data,
    guild_id: world.guildId,
    channel_id: world.channelId,
    channel: apiChannel(world),
    member: {
      user: apiUser(member.userId, `user${member.userId.slice(-4)}`),
      roles: member.roles ?? [],
      permissions: member.permissions ?? '0',
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
    },
    app_permissions: '2147534848',
    locale: member.locale ?? 'en-US',
    guild_locale: 'en-US',
    token: `interaction-token-${id}`,
    version: 1,
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: 0,
  };
}

function optionData(options: readonly CommandOption[]) {
  return options.map((option) => ({
    type: typeof option.value === 'number' ? 4 : 3,
    name: option.name,
    value: option.value,
    ...(option.focused && { focused: true }),
  }));
}

/** `/track <subcommand> options…` (type 2), or its autocomplete (type 4) when one option is focused. */
export function slashCommand(world: FakeWorld, subcommand: string, options: readonly CommandOption[], member: FakeMember) {
  const type = options.some((option) => option.focused) ? 4 : 2;
  const data = { id: '1200000000000000000', name: 'track', type: 1, options: [{ type: 1, name: subcommand, options: optionData(options) }] };
  return base(world, type, data, member);
}

/** A click on a button (component_type 2) or a choice in a string select (3) of a message. */
export function componentClick(world: FakeWorld, message: unknown, click: { customId: string; values?: string[] }, member: FakeMember) {
  const data = click.values ? { custom_id: click.customId, component_type: 3, values: click.values } : { custom_id: click.customId, component_type: 2 };
  return { ...base(world, 3, data, member), message };
}

/** A text input of a modal the bot showed, as the Discord client lays it out. */
interface ShownTextInput {
  type: 4;
  custom_id: string;
  required?: boolean;
  min_length?: number;
  max_length?: number;
}

/** The text inputs of a modal (callback type 9 data), inside labels (type 18) or action rows (type 1). */
function textInputsOf(modal: any): { wrapper: any; input: ShownTextInput }[] {
  return (modal.components ?? []).flatMap((wrapper: any) => {
    const inner = wrapper.type === 18 ? [wrapper.component] : (wrapper.components ?? []);
    return inner.filter((component: any) => component?.type === 4).map((input: ShownTextInput) => ({ wrapper, input }));
  });
}

/**
 * What a user's submit of a shown modal sends (interaction type 5): the modal's
 * custom_id and one value per text input, in the modal's own layout. Like the
 * Discord client, it refuses a required input left empty or a value whose
 * length the input does not allow. `message` is the message whose button opened it.
 */
export function modalSubmit(world: FakeWorld, modal: any, values: Record<string, string>, member: FakeMember, message: unknown) {
  let nextComponentId = 1;
  const submitted = (input: ShownTextInput) => {
    const value = values[input.custom_id] ?? '';
    if (input.required !== false && value === '') throw new Error(`the modal needs a value for ${input.custom_id}`);
    if (value.length < (input.min_length ?? 0) || value.length > (input.max_length ?? 4000)) {
      throw new Error(`the Discord client would not submit ${JSON.stringify(value)} for ${input.custom_id}`);
    }
    return { type: 4, id: nextComponentId++, custom_id: input.custom_id, value };
  };
  const components = textInputsOf(modal).map(({ wrapper, input }) =>
    wrapper.type === 18
      ? { type: 18, id: nextComponentId++, component: submitted(input) }
      : { type: 1, id: nextComponentId++, components: [submitted(input)] },
  );
  return { ...base(world, 5, { custom_id: modal.custom_id, components }, member), message };
}
