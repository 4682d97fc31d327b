using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>A source and a target of one event, and the name of the place named for it when there was one.</summary>
internal readonly record struct ActorPair(ActorMention Source, ActorMention Target, string? Place);
