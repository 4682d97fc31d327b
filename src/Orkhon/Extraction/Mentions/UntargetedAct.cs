using Orkhon.Domain;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// An act a sentence told with its author but no party it was aimed at ("North Korea blew up the liaison office"): no event,
/// but the author a later reaction to the act ("Seoul condemned the demolition") answers.
/// </summary>
public readonly record struct UntargetedAct(ActorRef Author, CameoCode Cameo);
