#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace privaudit::report {

/// Who signs and why: a PKCS#12 bundle (private key, certificate, optional chain) and the reason text
/// that goes into the signature dictionary.
struct SignatureRequest
{
    QString keyFile;  ///< .p12 / .pfx
    QString password; ///< the bundle's password (may be empty)
    QString reason;   ///< for example "Assessor: privacy audit of model <sha256>, project audit head <hash>"
    QString location;
};

struct SignatureInfo
{
    QString signer; ///< the certificate's subject
    QDateTime signedAt;
    qint64 signedBytes = 0;
};

/// Signs a PDF as PAdES (ETSI.CAdES.detached): a PDF incremental update with PoDoFo adds a signature
/// field whose /ByteRange covers the whole file except the signature itself; the signature is a detached
/// CMS SignedData (SHA-256, with the signing certificate as a signed attribute) made by OpenSSL. Earlier
/// signatures stay valid because the update only appends: several signers can sign in turn. The file is
/// replaced atomically; on error it is left as it was.
class PdfSigner
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::report::PdfSigner)

public:
    static Expected<SignatureInfo> sign(const QString& pdfPath, const SignatureRequest& request);
};

} // namespace privaudit::report
