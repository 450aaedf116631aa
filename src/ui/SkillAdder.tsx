import type { OptionsActions, Suggestion } from './options-state';

export interface Props {
  query: string;
  suggestions: Suggestion[];
  active: number;
  actions: Pick<OptionsActions, 'setQuery' | 'moveActive' | 'chooseActive' | 'choose' | 'closeSuggestions'>;
}

/**
 * A combobox over the taxonomy's names and aliases ("k8s" finds Kubernetes), with a last option
 * to add the text as a custom skill. Arrow keys move, Enter adds, Escape closes.
 */
export function SkillAdder({ query, suggestions, active, actions }: Props) {
  const open = suggestions.length > 0;
  const optionId = (i: number) => `skill-suggestion-${i}`;
  return (
    <div class="adder">
      <label for="skill-input" class="adder__label">
        Add a skill
      </label>
      <input
        id="skill-input"
        class="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls="skill-suggestions"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        placeholder="Type a skill: PyTorch, k8s, SQL…"
        value={query}
        data-testid="skill-input"
        onInput={(e) => actions.setQuery(e.currentTarget.value)}
        onBlur={() => actions.closeSuggestions()}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            actions.moveActive(1);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            actions.moveActive(-1);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            void actions.chooseActive();
          } else if (e.key === 'Escape') {
            actions.closeSuggestions();
          }
        }}
      />
      {/* Always in the page, so the input's aria-controls points at it; hidden when closed. */}
      <ul id="skill-suggestions" class="suggestions" role="listbox" aria-label="Matching skills" data-testid="suggestions" hidden={!open}>
          {suggestions.map((s, i) => {
            const id = s.kind === 'skill' ? s.skill.id : s.id;
            return (
              <li
                key={id + s.kind}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                class={`suggestion${i === active ? ' suggestion--active' : ''}`}
                data-testid={`suggestion-${id}`}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  void actions.choose(s);
                }}
              >
                {s.kind === 'skill' ? (
                  <span class="suggestion__name">
                    {s.skill.alias && (
                      <>
                        <span class="suggestion__alias">{s.skill.alias}</span>
                        <span aria-hidden="true"> → </span>
                        <span class="visually-hidden"> means </span>
                      </>
                    )}
                    {s.skill.name}
                  </span>
                ) : (
                  <span class="suggestion__name">
                    Add “{s.name}” as a custom skill
                  </span>
                )}
                {s.have && <span class="suggestion__have">in your list</span>}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
