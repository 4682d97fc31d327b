namespace Orkhon.Domain;

/// <summary>
/// The four-way grouping of CAMEO roots used by GDELT and ICEWS: 01–05 verbal cooperation,
/// 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.
/// </summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}
