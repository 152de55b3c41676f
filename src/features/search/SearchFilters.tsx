// The results' filters, by topic and by provider: each a choice that lives in the URL (`&topic=`, `&provider=`).
import { useId } from 'react';
import { useLocation } from 'wouter';
import type { ProviderSummary, TopicSummary } from '../../model/index.ts';
import { formatCount } from '../../ui/locale.ts';
import type { SearchOutcome } from './search-engine.ts';
import { searchLocation, type SearchState } from './search-url.ts';

interface SearchFiltersProps {
  state: SearchState;
  counts: SearchOutcome['counts'];
  topics: readonly TopicSummary[];
  providers: readonly ProviderSummary[];
}

interface Choice {
  value: string;
  label: string;
  count: number;
}

/** The values the query has results for, most results first, and the chosen one even when it has none. */
function choicesOf(counts: Record<string, number>, chosen: string | null, nameOf: (value: string) => string): Choice[] {
  const values = new Set(Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0));
  if (chosen) values.add(chosen);
  return [...values]
    .map((value) => ({ value, label: nameOf(value), count: counts[value] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function SearchFilters({ state, counts, topics, providers }: SearchFiltersProps) {
  const [, navigate] = useLocation();
  const topicName = (slug: string) => topics.find((topic) => topic.slug === slug)?.name ?? slug;
  const providerName = (domain: string) => providers.find((provider) => provider.domain === domain)?.name ?? domain;
  const choose = (change: Partial<SearchState>) => navigate(searchLocation({ ...state, ...change }));
  return (
    <div className="search-filters">
      <FilterChoice
        label="Topic"
        everything="All topics"
        chosen={state.topic}
        choices={choicesOf(counts.topic, state.topic, topicName)}
        onChoose={(topic) => choose({ topic })}
      />
      <FilterChoice
        label="Provider"
        everything="All providers"
        chosen={state.provider}
        choices={choicesOf(counts.provider, state.provider, providerName)}
        onChoose={(provider) => choose({ provider })}
      />
    </div>
  );
}

function FilterChoice({
  label,
  everything,
  chosen,
  choices,
  onChoose,
}: {
  label: string;
  everything: string;
  chosen: string | null;
  choices: Choice[];
  onChoose: (value: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="search-filters__choice">
      <label className="search-filters__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="search-filters__select" value={chosen ?? ''} onChange={(event) => onChoose(event.target.value || null)}>
        <option value="">{everything}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label} ({formatCount(choice.count)})
          </option>
        ))}
      </select>
    </div>
  );
}
