namespace Orkhon.Extraction.Lexicon;

/// <summary>How a lexicon phrase's actors are found around it (see <c>data/lexicon/events.tsv</c>).</summary>
public enum EventFrame
{
    /// <summary>Source = the subject, target = the first actor after the phrase.</summary>
    AgentTheme,

    /// <summary>Source = the actor after the phrase, target = the subject ("the SCO admitted Iran").</summary>
    ThemeAgent,

    /// <summary>"A and B sign" → A→B; otherwise as <see cref="AgentTheme"/>.</summary>
    Symmetric,

    /// <summary>As <see cref="AgentTheme"/>; a place after the phrase stands for its country.</summary>
    Visit,

    /// <summary>Target = the organisation whose meeting is attended, else the place's country.</summary>
    Attend,

    /// <summary>Source = the host (a state, capital or person), target = the visitor right after the phrase.</summary>
    Host,
}
