using System.Text;
using DongThuan.Web.Infrastructure.Files;

namespace DongThuan.Tests.Infrastructure;

/// <summary>A file is what its bytes say, ends where its format ends, and carries no page markup at either end.</summary>
public sealed class FileInspectorTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 0xFF, 0xD9];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    [Fact]
    public void Whole_images_and_documents_pass()
    {
        Assert.Equal("image/jpeg", FileInspector.Inspect(Jpeg).ContentType);
        Assert.Equal("image/jpeg", FileInspector.Inspect([.. Jpeg, 0, 0, 0]).ContentType); // zero padding after the end marker
        Assert.Equal("image/png", FileInspector.Inspect(Png).ContentType);
        Assert.Equal("application/pdf", FileInspector.Inspect(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")).ContentType);
    }

    [Theory]
    [InlineData("<html><body><script>alert(document.cookie)</script></body></html>")]
    [InlineData("<?php system($_GET['c']); ?>")]
    [InlineData("GIF89a")]
    public void An_image_with_something_appended_is_refused(string appended)
    {
        foreach (var image in new[] { Jpeg, Png })
        {
            var (outcome, type, _) = FileInspector.Inspect([.. image, .. Encoding.ASCII.GetBytes(appended)]);
            Assert.Equal(FileRefusals.TrailingContent, outcome.Refusal);
            Assert.Null(type);
        }
    }

    [Fact]
    public void A_pdf_carrying_a_page_script_is_refused()
    {
        var polyglot = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n<!DOCTYPE html><script>alert(1)</script>");
        Assert.Equal(FileRefusals.TrailingContent, FileInspector.Inspect(polyglot).Outcome.Refusal);
    }
}
