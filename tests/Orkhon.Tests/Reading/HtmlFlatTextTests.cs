using Orkhon.Reading;

namespace Orkhon.Tests.Reading;

/// <summary>The flat reading used for pages too deep or too costly to parse into a tree.</summary>
public sealed class HtmlFlatTextTests
{
    [Theory]
    // markup, the text read from it
    [InlineData("<p>Mongolia &amp; Japan</p><p>signed.</p>", "Mongolia & Japan\n\nsigned.")]
    [InlineData("<b>Mongolia</b> <i>and</i>\n\n  Japan", "Mongolia and Japan")] // inline tags and whitespace
    [InlineData("a<script>var s = '<p>no</p>';</script>b<style>p{}</style>c", "abc")] // raw text is not text
    [InlineData("a<SCRIPT>x</Script >b", "ab")] // tag names are case-insensitive
    [InlineData("a<!-- <p>no</p> -->b<!DOCTYPE html>c<?pi x?>d", "abcd")] // comments and declarations
    [InlineData("a<template><p>no</p></template>b<svg><text>no</text><svg>no</svg></svg>c<math><mi>no</mi></math>d", "abcd")]
    [InlineData("<div title=\"a > b\" data-x='<p>'>kept</div>", "kept")] // '>' inside quoted attribute values
    [InlineData("1 < 2 and 3 <= 4", "1 < 2 and 3 <= 4")] // a '<' that opens no tag is text
    [InlineData("a<plaintext><b>all</b>", "a<b>all</b>")] // nothing ends plaintext
    [InlineData("<p>text<div unclosed='x", "text")] // a tag open at the end is dropped, as the tokenizer does
    [InlineData("<p>#Mongolia #Japan</p><p>Photo: Montsame</p><p>Kept.</p>", "Kept.")] // furniture paragraphs
    public void Read_Markup_KeepsTheText(string html, string text)
    {
        var article = HtmlFlatText.Read(html);

        Assert.True(article.Flattened);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void Read_Metadata_IsReadFromTheTags()
    {
        var article = HtmlFlatText.Read("""
            <html><head><title> Fallback
              title </title>
            <meta property="og:title" content="Accord &amp; visit">
            <meta name="date" content="">
            <meta name="date" content="2024-06-14">
            <link rel="canonical" href="https://news.example/a"></head>
            <body><svg><title>not the title</title></svg><p>Text.</p><time datetime="2020-01-01">x</time></body></html>
            """);

        Assert.Equal("Accord & visit", article.Title);
        Assert.Equal("https://news.example/a", article.Url);
        Assert.Equal("2024-06-14", article.Published);
    }

    [Fact]
    public void Read_SameMetadataAsTheTreeReading_ForAnOrdinaryPage()
    {
        const string html = """
            <html><head><title>Visit</title><meta property="article:published_time" content="2024-06-14T08:00:00Z">
            <meta property="og:url" content="https://news.example/og"></head>
            <body><article><h1>Visit</h1><p>President Khurelsukh   visited Tashkent.</p><time datetime="2023-01-01">then</time></article></body></html>
            """;

        var tree = HtmlTextExtractor.Extract(html);
        var flat = HtmlFlatText.Read(html);

        Assert.False(tree.Flattened);
        Assert.Equal((tree.Title, tree.Url, tree.Published), (flat.Title, flat.Url, flat.Published));
        Assert.Equal(tree.Text, flat.Text);
    }
}
