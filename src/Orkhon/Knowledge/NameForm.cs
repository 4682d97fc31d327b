namespace Orkhon.Knowledge;

/// <summary>How a text named an actor; extraction treats a capital (metonymy) differently from an adjective.</summary>
public enum NameForm
{
    Code,
    Name,
    Adjective,
    Demonym,
    Capital,

    /// <summary>A body of a state named on its own ("USAID", "the Pentagon", "Hamas"): the state, with the body's role.</summary>
    Agency,

    /// <summary>
    /// A sub-national place or a city that seats no government ("Xinjiang", "Hatay", "Almaty"): where something
    /// happens or what it is aimed at, never the state acting, unless an office follows ("the Indiana governor").
    /// </summary>
    Place,
}
