using Orkhon.Domain;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// A verb of an act a sentence told in the active with the party before it ("Medvedev signed decrees recognising the regions",
/// "Kiir announced that his troops would pull out"), coded or not: a later reaction to the noun derived from it ("condemned the
/// recognition", "welcomed the withdrawal") answers that party (see <c>DerivedActNouns</c>). The word is as written, lower case; At is its
/// token, shared by the parties of one coordinated subject ("Poland and Lithuania said they would expel …").
/// </summary>
public readonly record struct ToldVerb(string Word, ActorRef Author, int At);
