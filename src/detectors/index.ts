/** Every detector, grouped like Presidio's recognizers: secrets/<provider family>, pii/<country>, financial/<kind>. */
import type { Detector } from '../engine/types.ts';
import { detectors as secrets_ai } from './secrets/ai.ts';
import { detectors as secrets_aws } from './secrets/aws.ts';
import { detectors as secrets_gcp } from './secrets/gcp.ts';
import { detectors as secrets_azure } from './secrets/azure.ts';
import { detectors as secrets_cloud } from './secrets/cloud.ts';
import { detectors as secrets_infrastructure } from './secrets/infrastructure.ts';
import { detectors as secrets_observability } from './secrets/observability.ts';
import { detectors as secrets_github } from './secrets/github.ts';
import { detectors as secrets_gitlab } from './secrets/gitlab.ts';
import { detectors as secrets_atlassian } from './secrets/atlassian.ts';
import { detectors as secrets_packages } from './secrets/packages.ts';
import { detectors as secrets_devtools } from './secrets/devtools.ts';
import { detectors as secrets_payments } from './secrets/payments.ts';
import { detectors as secrets_messaging } from './secrets/messaging.ts';
import { detectors as secrets_social } from './secrets/social.ts';
import { detectors as secrets_keys } from './secrets/keys.ts';
import { detectors as secrets_crypto } from './secrets/crypto.ts';
import { detectors as secrets_databases } from './secrets/databases.ts';
import { detectors as secrets_http } from './secrets/http.ts';
import { detectors as secrets_generic } from './secrets/generic.ts';
import { detectors as pii_global } from './pii/global.ts';
import { detectors as pii_us } from './pii/us.ts';
import { detectors as pii_gb } from './pii/gb.ts';
import { detectors as pii_ca } from './pii/ca.ts';
import { detectors as pii_de } from './pii/de.ts';
import { detectors as pii_fr } from './pii/fr.ts';
import { detectors as pii_es } from './pii/es.ts';
import { detectors as pii_it } from './pii/it.ts';
import { detectors as pii_nl } from './pii/nl.ts';
import { detectors as pii_be } from './pii/be.ts';
import { detectors as pii_pl } from './pii/pl.ts';
import { detectors as pii_se } from './pii/se.ts';
import { detectors as pii_fi } from './pii/fi.ts';
import { detectors as pii_no } from './pii/no.ts';
import { detectors as pii_dk } from './pii/dk.ts';
import { detectors as pii_br } from './pii/br.ts';
import { detectors as pii_in } from './pii/in.ts';
import { detectors as pii_au } from './pii/au.ts';
import { detectors as pii_nz } from './pii/nz.ts';
import { detectors as pii_sg } from './pii/sg.ts';
import { detectors as pii_jp } from './pii/jp.ts';
import { detectors as pii_kr } from './pii/kr.ts';
import { detectors as pii_cn } from './pii/cn.ts';
import { detectors as pii_hk } from './pii/hk.ts';
import { detectors as pii_mx } from './pii/mx.ts';
import { detectors as pii_za } from './pii/za.ts';
import { detectors as pii_tr } from './pii/tr.ts';
import { detectors as pii_th } from './pii/th.ts';
import { detectors as pii_ng } from './pii/ng.ts';
import { detectors as pii_ph } from './pii/ph.ts';
import { detectors as financial_cards } from './financial/cards.ts';
import { detectors as financial_banking } from './financial/banking.ts';

export const DETECTORS: readonly Detector[] = [
  ...secrets_ai,
  ...secrets_aws,
  ...secrets_gcp,
  ...secrets_azure,
  ...secrets_cloud,
  ...secrets_infrastructure,
  ...secrets_observability,
  ...secrets_github,
  ...secrets_gitlab,
  ...secrets_atlassian,
  ...secrets_packages,
  ...secrets_devtools,
  ...secrets_payments,
  ...secrets_messaging,
  ...secrets_social,
  ...secrets_keys,
  ...secrets_crypto,
  ...secrets_databases,
  ...secrets_http,
  ...secrets_generic,
  ...pii_global,
  ...pii_us,
  ...pii_gb,
  ...pii_ca,
  ...pii_de,
  ...pii_fr,
  ...pii_es,
  ...pii_it,
  ...pii_nl,
  ...pii_be,
  ...pii_pl,
  ...pii_se,
  ...pii_fi,
  ...pii_no,
  ...pii_dk,
  ...pii_br,
  ...pii_in,
  ...pii_au,
  ...pii_nz,
  ...pii_sg,
  ...pii_jp,
  ...pii_kr,
  ...pii_cn,
  ...pii_hk,
  ...pii_mx,
  ...pii_za,
  ...pii_tr,
  ...pii_th,
  ...pii_ng,
  ...pii_ph,
  ...financial_cards,
  ...financial_banking,
];
