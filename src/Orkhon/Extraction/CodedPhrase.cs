using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// A phrase that survived its modality: its subject (<paramref name="Inherited"/> when borrowed from a coordinated phrase),
/// the code it is coded as, the token where its clause stops (the next phrase, or a trailing reporting clause) and the
/// token where the search for its objects stops (that, or earlier where a relative or participial clause begins).
/// </summary>
internal sealed record CodedPhrase(Trigger Trigger, IReadOnlyList<ActorMention> Subject, CameoCode Cameo, bool Inherited, int WindowEnd, int ObjectEnd);
