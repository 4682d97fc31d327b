namespace Orkhon.Knowledge;

/// <summary>How a text named an actor; extraction treats a capital (metonymy) differently from an adjective.</summary>
public enum NameForm
{
    Code,
    Name,
    Adjective,
    Demonym,
    Capital,
}
