namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>Every browser test joins this collection and shares one site and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
