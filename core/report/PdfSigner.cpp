#include "report/PdfSigner.h"

#include "common/FileRead.h"

#include <cstdio>
#include <memory>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <podofo/podofo.h>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace privaudit::report {

namespace {

/// Room for the CMS blob in /Contents: certificate chain, signed attributes and the RSA/ECDSA value.
constexpr std::size_t kSignatureBytes = 32768;

QString opensslError()
{
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.join(QStringLiteral("; "));
}

struct Pkcs12Deleter
{
    void operator()(PKCS12* p) const { PKCS12_free(p); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct CertDeleter
{
    void operator()(X509* p) const { X509_free(p); }
};
struct ChainDeleter
{
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
struct CmsDeleter
{
    void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
};
struct BioDeleter
{
    void operator()(BIO* p) const { BIO_free(p); }
};

QString subjectOf(X509* cert)
{
    char buffer[512];
    X509_NAME_oneline(X509_get_subject_name(cert), buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

} // namespace

Expected<SignatureInfo> PdfSigner::sign(const QString& pdfPath, const SignatureRequest& request)
{
    using Result = Expected<SignatureInfo>;
    // The key bundle.
    const auto keyRead = readRegularFile(request.keyFile, 1 << 20);
    if (!keyRead) return Result::failure(tr("Cannot read the signing key: %1").arg(keyRead.error()));
    const QByteArray keyBytes = *keyRead;
    const auto* p = reinterpret_cast<const unsigned char*>(keyBytes.constData());
    std::unique_ptr<PKCS12, Pkcs12Deleter> p12(d2i_PKCS12(nullptr, &p, long(keyBytes.size())));
    if (!p12)
        return Result::failure(
            tr("'%1' is not a PKCS#12 (.p12) key bundle: %2").arg(request.keyFile, opensslError()));
    EVP_PKEY* rawKey = nullptr;
    X509* rawCert = nullptr;
    STACK_OF(X509)* rawChain = nullptr;
    const QByteArray password = request.password.toUtf8();
    if (PKCS12_parse(p12.get(), password.constData(), &rawKey, &rawCert, &rawChain) != 1)
        return Result::failure(
            tr("Cannot open the key bundle '%1' (wrong password?): %2").arg(request.keyFile, opensslError()));
    std::unique_ptr<EVP_PKEY, KeyDeleter> key(rawKey);
    std::unique_ptr<X509, CertDeleter> cert(rawCert);
    std::unique_ptr<STACK_OF(X509), ChainDeleter> chain(rawChain);
    if (!key || !cert)
        return Result::failure(
            tr("The key bundle '%1' holds no private key and certificate.").arg(request.keyFile));
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0)
        return Result::failure(
            tr("The certificate in '%1' (%2) has expired.").arg(request.keyFile, subjectOf(cert.get())));

    // The incremental update goes to a temporary file next to the PDF, renamed over it at the end.
    const QFileInfo info(pdfPath);
    if (!info.isFile()) return Result::failure(tr("There is no PDF '%1' to sign.").arg(pdfPath));
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".signing-XXXXXX"));
    if (!temp.open())
        return Result::failure(
            tr("Cannot create a temporary file beside '%1': %2.").arg(pdfPath, temp.errorString()));
    temp.close();
    const QByteArray inPath = QFile::encodeName(info.absoluteFilePath());
    const QByteArray outPath = QFile::encodeName(temp.fileName());

    SignatureInfo out;
    out.signer = subjectOf(cert.get());
    out.signedAt = QDateTime::currentDateTimeUtc();
    try {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
        PoDoFo::PdfMemDocument document;
        document.Load(inPath.constData(), true);
        if (document.GetPageCount() == 0)
            return Result::failure(tr("'%1' has no page to sign.").arg(pdfPath));
        PoDoFo::PdfAcroForm* form = document.GetAcroForm(true, PoDoFo::ePdfAcroFormDefaultAppearance_None);
        PoDoFo::PdfDictionary& formDict = form->GetObject()->GetDictionary();
        if (formDict.HasKey(PoDoFo::PdfName("SigFlags"))) formDict.RemoveKey(PoDoFo::PdfName("SigFlags"));
        formDict.AddKey(PoDoFo::PdfName("SigFlags"), PoDoFo::PdfObject(PoDoFo::pdf_int64(3)));
        if (form->GetNeedAppearances()) form->SetNeedAppearances(false);

        PoDoFo::PdfOutputDevice device(outPath.constData(), true);
        PoDoFo::PdfSignOutputDevice signer(&device);
        signer.SetSignatureSize(kSignatureBytes);
        // An invisible widget on the first page (PDF/A allows it; printing flags as required).
        PoDoFo::PdfPage* page = document.GetPage(0);
        PoDoFo::PdfAnnotation* widget =
            page->CreateAnnotation(PoDoFo::ePdfAnnotation_Widget, PoDoFo::PdfRect(0, 0, 0, 0));
        widget->SetFlags(PoDoFo::ePdfAnnotationFlags_Print | PoDoFo::ePdfAnnotationFlags_Hidden);
        PoDoFo::PdfSignatureField field(widget, form, &document);
        const QByteArray name =
            QStringLiteral("Signature%1").arg(document.GetObjects().GetObjectCount()).toLatin1();
        field.SetFieldName(PoDoFo::PdfString(name.constData()));
        const QByteArray reason = request.reason.toUtf8();
        field.SetSignatureReason(
            PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(reason.constData())));
        if (!request.location.isEmpty()) {
            const QByteArray location = request.location.toUtf8();
            field.SetSignatureLocation(
                PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(location.constData())));
        }
        field.SetSignatureCreator(PoDoFo::PdfName("PrivAudit"));
        field.SetSignatureDate(PoDoFo::PdfDate());
        field.SetSignature(*signer.GetSignatureBeacon());
        // PAdES baseline: a CAdES detached signature.
        field.GetSignatureObject()->GetDictionary().AddKey(PoDoFo::PdfName("SubFilter"),
                                                           PoDoFo::PdfName("ETSI.CAdES.detached"));
        document.WriteUpdate(&signer, true);
        if (!signer.HasSignaturePosition())
            return Result::failure(tr("PoDoFo did not place the signature in '%1'.").arg(pdfPath));
        signer.AdjustByteRange();
        signer.Seek(0);

        // The bytes covered by /ByteRange into a detached CMS (SHA-256, signing-certificate-v2 attribute).
        std::unique_ptr<BIO, BioDeleter> data(BIO_new(BIO_s_mem()));
        std::vector<char> buffer(65536);
        std::size_t n = 0;
        while ((n = signer.ReadForSignature(buffer.data(), buffer.size())) > 0) {
            if (BIO_write(data.get(), buffer.data(), int(n)) != int(n))
                return Result::failure(tr("Signing failed: %1").arg(opensslError()));
            out.signedBytes += qint64(n);
        }
        const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL;
        std::unique_ptr<CMS_ContentInfo, CmsDeleter> cms(
            CMS_sign(nullptr, nullptr, chain.get(), nullptr, flags));
        if (!cms ||
            !CMS_add1_signer(cms.get(), cert.get(), key.get(), EVP_sha256(), CMS_BINARY | CMS_CADES) ||
            CMS_final(cms.get(), data.get(), nullptr, CMS_DETACHED | CMS_BINARY) != 1)
            return Result::failure(tr("Signing failed: %1").arg(opensslError()));
        std::unique_ptr<BIO, BioDeleter> der(BIO_new(BIO_s_mem()));
        if (i2d_CMS_bio(der.get(), cms.get()) != 1)
            return Result::failure(tr("Signing failed: %1").arg(opensslError()));
        char* derBytes = nullptr;
        const long derLength = BIO_get_mem_data(der.get(), &derBytes);
        if (derLength <= 0 || std::size_t(derLength) > kSignatureBytes)
            return Result::failure(tr("The signature needs %1 bytes, more than the %2 reserved (is the "
                                      "certificate chain very long?).")
                                       .arg(derLength)
                                       .arg(kSignatureBytes));
        signer.SetSignature(PoDoFo::PdfData(derBytes, std::size_t(derLength)));
        signer.Flush();
    } catch (const PoDoFo::PdfError& e) {
        return Result::failure(tr("Cannot sign '%1': PoDoFo error %2 (%3).")
                                   .arg(pdfPath)
                                   .arg(int(e.GetError()))
                                   .arg(QString::fromLatin1(PoDoFo::PdfError::ErrorName(e.GetError()))));
    }
    // Atomic replacement: the signed file or the original, never half of one.
    if (std::rename(outPath.constData(), inPath.constData()) != 0)
        return Result::failure(tr("Cannot replace '%1' with its signed version.").arg(pdfPath));
    temp.setAutoRemove(false);
    return out;
}

} // namespace privaudit::report
